import { useState } from 'react';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DispatchView } from '../../../../common/contract/dispatches';
import type { IncidentSummary } from '../../../../common/contract/incidents';
import type { DispatchState } from '../../../../common/domain/teams';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { DateTimeInput, dateTimeRule } from '../../components/DateTimeInput';
import { parseLocalText, toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { distanceText } from '../map/prefs';

interface Values {
  teamId?: string;
  headcount?: number | null;
  at: string;
  note?: string;
}

/**
 * 调派 a team to an incident (nearest first when the incident is on the map, teams out
 * elsewhere marked and not offered), or record a dispatch's next step. The time is the
 * room's clock as the dialog opened, typed over when the team called in earlier.
 */
export function DispatchDialog({
  incident,
  dispatch,
  next,
  onClose,
}: {
  incident: IncidentSummary;
  /** The dispatch whose next step is recorded; absent to send a new team. */
  dispatch?: DispatchView;
  next?: Exclude<DispatchState, 'dispatched'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const [form] = Form.useForm<Values>();
  const [key] = useState(newClientKey);
  const [openedAt] = useState(() => toLocalText(new Date().toISOString(), tz));
  const creating = !dispatch;
  const near = useApiQuery(
    'teams.nearest',
    { incidentId: incident.id, limit: 50 },
    { enabled: creating && incident.point !== null },
  );
  const all = useApiQuery('teams.list', {}, { enabled: creating });
  const distance = new Map((near.data ?? []).map((n) => [n.id, n.distanceM]));
  const teams = [...(all.data ?? [])].sort(
    (a, b) => (distance.get(a.id) ?? Infinity) - (distance.get(b.id) ?? Infinity),
  );
  const onDone = {
    onError: (e: unknown) => void message.error(errorText(t, e)),
    onSuccess: (d: DispatchView) => {
      void message.success(
        t('teams.dispatch.saved', { team: d.teamName, state: t(`dispatchState.${d.state}`) }),
      );
      onClose();
    },
  };
  const create = useApiMutation('dispatches.create', onDone);
  const update = useApiMutation('dispatches.update', onDone);

  const submit = (v: Values) => {
    const at = v.at === openedAt ? null : parseLocalText(v.at, tz);
    const when = at ? { at } : {};
    if (creating)
      create.mutate({
        incidentId: incident.id,
        teamId: v.teamId!,
        clientKey: key,
        ...(typeof v.headcount === 'number' ? { headcount: v.headcount } : {}),
        ...when,
        note: v.note?.trim() ?? '',
      });
    else
      update.mutate({
        dispatchId: dispatch.id,
        clientKey: key,
        state: next!,
        ...when,
        note: v.note?.trim() ?? '',
      });
  };

  return (
    <Modal
      open
      width={600}
      title={
        creating
          ? t('teams.dispatch.createTitle', { number: incident.number })
          : t('teams.dispatch.stepTitle', { team: dispatch.teamName, state: t(`dispatchState.${next!}`) })
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ at: openedAt }}>
        {creating ? (
          <>
            <Form.Item
              name="teamId"
              label={t('teams.dispatch.team')}
              rules={[{ required: true, message: t('errors.field.required') }]}
            >
              <Select
                showSearch
                autoFocus
                optionFilterProp="label"
                loading={all.isPending}
                data-testid="dispatch-team"
                options={teams.map((tm) => {
                  const d = distance.get(tm.id);
                  const label = [
                    tm.name,
                    t('teams.persons', { n: tm.headcount }),
                    d !== undefined ? distanceText(t, d) : null,
                    tm.busy
                      ? t('teams.busy', {
                          state: t(`dispatchState.${tm.busy.state}`),
                          number: tm.busy.incidentNumber,
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ');
                  return { value: tm.id, label, title: tm.name, disabled: tm.busy !== null };
                })}
              />
            </Form.Item>
            <Form.Item name="headcount" label={t('teams.dispatch.headcount')}>
              <InputNumber
                min={0}
                max={100000}
                precision={0}
                placeholder={t('teams.dispatch.headcountHint')}
              />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          name="at"
          label={t('teams.dispatch.at')}
          rules={[
            { required: true, message: t('errors.field.blank') },
            dateTimeRule(tz, t('logs.time.invalid'), { notFuture: t('logs.time.future') }),
          ]}
        >
          <DateTimeInput timeZone={tz} autoFocus={!creating} />
        </Form.Item>
        <Form.Item name="note" label={t('column.notes')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
