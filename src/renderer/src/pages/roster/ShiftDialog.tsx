import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Person, RosterShift } from '../../../../common/contract/roster';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { requiredRule } from '../../forms/rules';
import { shiftName } from './format';

const ROLE_RANK: Record<string, number> = { leader: 0, shift_chief: 1, duty_officer: 2, admin: 3 };

/** Select options: active people, the role the position wants first. */
export function peopleOptions(t: TFunction, people: Person[], first?: Person['role']) {
  return [...people]
    .filter((p) => p.active)
    .sort(
      (a, b) =>
        Number(b.role === first) - Number(a.role === first) ||
        (ROLE_RANK[a.role] ?? 9) - (ROLE_RANK[b.role] ?? 9),
    )
    .map((p) => ({
      value: p.id,
      label: t('roster.paren', {
        main: p.name,
        note: [t(`role.${p.role}`), p.title].filter(Boolean).join(' '),
      }),
    }));
}

interface EditValues {
  leaderId?: string;
  chiefId?: string;
  officerIds: string[];
  reason?: string;
}
interface ReplaceValues {
  personId: string;
  withId: string;
  reason: string;
}

/** One shift: set its crew, or record a replacement (替班) with its reason. */
export function ShiftDialog({
  shift,
  people,
  replace,
  onClose,
}: {
  shift: RosterShift;
  people: Person[];
  replace?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [edit] = Form.useForm<EditValues>();
  const [swap] = Form.useForm<ReplaceValues>();
  const done = () => {
    void message.success(t('roster.saved'));
    onClose();
  };
  const fail = (e: unknown) => void message.error(errorText(t, e));
  const set = useApiMutation('roster.set', { onSuccess: done, onError: fail });
  const rep = useApiMutation('roster.replace', { onSuccess: done, onError: fail });
  const onShift = [shift.leader, shift.chief, ...shift.officers].filter((p): p is Person => p !== null);
  const title = t(replace ? 'roster.replaceTitle' : 'roster.editTitle', { shift: shiftName(t, shift) });
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={set.isPending || rep.isPending}
      onOk={() => (replace ? swap.submit() : edit.submit())}
      onCancel={onClose}
      destroyOnHidden
    >
      {replace ? (
        <Form
          form={swap}
          layout="vertical"
          initialValues={{ personId: onShift[0]?.id }}
          onFinish={(v) =>
            rep.mutate({ key: shift.key, personId: v.personId, withId: v.withId, reason: v.reason.trim() })
          }
        >
          <Form.Item name="personId" label={t('roster.replaced')} rules={[requiredRule(t)]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={onShift.map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
          <Form.Item name="withId" label={t('roster.replacement')} rules={[requiredRule(t)]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              autoFocus
              options={peopleOptions(
                t,
                people.filter((p) => !onShift.some((o) => o.id === p.id)),
              )}
              data-testid="replace-with"
            />
          </Form.Item>
          <Form.Item name="reason" label={t('roster.reason')} rules={[requiredRule(t)]}>
            <Input maxLength={200} placeholder={t('roster.reasonHint')} />
          </Form.Item>
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      ) : (
        <Form
          form={edit}
          layout="vertical"
          initialValues={{
            leaderId: shift.leader?.id,
            chiefId: shift.chief?.id,
            officerIds: shift.officers.map((o) => o.id),
          }}
          onFinish={(v) =>
            set.mutate({
              key: shift.key,
              leaderId: v.leaderId ?? null,
              chiefId: v.chiefId ?? null,
              officerIds: v.officerIds ?? [],
              ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
            })
          }
        >
          <Form.Item name="leaderId" label={t('position.leader')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={peopleOptions(t, people, 'leader')}
            />
          </Form.Item>
          <Form.Item name="chiefId" label={t('position.chief')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={peopleOptions(t, people, 'shift_chief')}
            />
          </Form.Item>
          <Form.Item name="officerIds" label={t('position.officer')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={peopleOptions(t, people, 'duty_officer')}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('roster.reasonOptional')}>
            <Input maxLength={200} placeholder={t('roster.reasonHint')} />
          </Form.Item>
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      )}
    </Modal>
  );
}
