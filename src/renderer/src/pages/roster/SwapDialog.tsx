import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person, RosterShift } from '../../../../common/contract/roster';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { requiredRule } from '../../forms/rules';
import { shiftName } from './format';

interface Values {
  aKey: string;
  aPerson: string;
  bKey: string;
  bPerson: string;
  reason: string;
}

const crewOf = (s: RosterShift | undefined) =>
  s ? [s.leader, s.chief, ...s.officers].filter((p): p is Person => p !== null) : [];

/** 换班: two people trade shifts, each taking the other's place; the reason is recorded. */
export function SwapDialog({ shifts, onClose }: { shifts: RosterShift[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const aKey = Form.useWatch('aKey', form);
  const bKey = Form.useWatch('bKey', form);
  const swap = useApiMutation('roster.swap', {
    onSuccess: () => {
      void message.success(t('roster.saved'));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  const shiftOptions = shifts
    .filter((s) => crewOf(s).length > 0)
    .map((s) => ({ value: s.key, label: shiftName(t, s) }));
  const personOptions = (key: string | undefined) =>
    crewOf(shifts.find((s) => s.key === key)).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Modal
      open
      title={t('roster.swapTitle')}
      okText={t('roster.swap')}
      cancelText={t('common.cancel')}
      confirmLoading={swap.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          swap.mutate({
            a: { key: v.aKey, personId: v.aPerson },
            b: { key: v.bKey, personId: v.bPerson },
            reason: v.reason.trim(),
          })
        }
      >
        <div className="dr-ro-swap">
          <Form.Item name="aKey" label={t('roster.swapShiftA')} rules={[requiredRule(t)]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={shiftOptions} />
          </Form.Item>
          <Form.Item name="aPerson" label={t('roster.swapPerson')} rules={[requiredRule(t)]}>
            <Select options={personOptions(aKey)} />
          </Form.Item>
          <Form.Item name="bKey" label={t('roster.swapShiftB')} rules={[requiredRule(t)]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={shiftOptions} />
          </Form.Item>
          <Form.Item name="bPerson" label={t('roster.swapPerson')} rules={[requiredRule(t)]}>
            <Select options={personOptions(bKey)} />
          </Form.Item>
        </div>
        <Form.Item name="reason" label={t('roster.reason')} rules={[requiredRule(t)]}>
          <Input maxLength={200} placeholder={t('roster.reasonHint')} />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
