import { useMemo, useState } from 'react';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '../../../../common/contract/incidents';
import type { ResponseState } from '../../../../common/contract/response-data';
import type { WarningView } from '../../../../common/contract/warnings';
import { RESPONSE_LEVELS, type ResponseAction, type ResponseLevel } from '../../../../common/domain/plans';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { DateTimeInput } from '../../components/DateTimeInput';
import { parseLocalText, toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';

interface Values {
  action: ResponseAction;
  planId?: string;
  level?: ResponseLevel;
  decidedBy: string;
  decidedAt: string;
  document?: string;
}

/** What the response is on: an incident (应急响应) or a warning (预警响应, 预警行动). */
export type ResponseTarget =
  { kind: 'incident'; incident: IncidentSummary } | { kind: 'warning'; warning: WarningView };

/**
 * 启动 / 调整 / 终止应急响应 on an incident or a warning: the plan (from the register), the
 * level the plan's version in force defines, who decided, when (the room's clock, typed),
 * the document. `endOnly`: the warning is over (解除, 过期), its response can only end.
 */
export function ResponseDialog({
  target,
  endOnly = false,
  onClose,
}: {
  target: ResponseTarget;
  endOnly?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const [form] = Form.useForm<Values>();
  const [key] = useState(newClientKey);
  // The time as the dialog opened, to the minute: left as it is, the host stamps the exact instant.
  const [openedAt] = useState(() => toLocalText(new Date().toISOString(), tz));
  const running: ResponseState | null =
    target.kind === 'incident' ? target.incident.response : target.warning.response;
  const actions = running
    ? endOnly
      ? (['end'] as const)
      : (['adjust', 'end'] as const)
    : (['start'] as const);
  const plans = useApiQuery('plans.list', {});
  const action = Form.useWatch('action', form) ?? actions[0];
  const planId = Form.useWatch('planId', form) ?? running?.planId ?? undefined;
  const levels = useMemo(() => {
    const defined = plans.data?.find((p) => p.id === planId)?.current?.levels.map((l) => l.level) ?? [];
    return defined.length ? RESPONSE_LEVELS.filter((l) => defined.includes(l)) : [...RESPONSE_LEVELS];
  }, [plans.data, planId]);
  const saved = (now: ResponseState | null) => {
    void message.success(
      now ? t('plans.response.savedLevel', { level: now.level }) : t('plans.response.savedEnd'),
    );
    onClose();
  };
  const onError = (e: unknown) => void message.error(errorText(t, e));
  const onIncident = useApiMutation('incidents.activateResponse', {
    onError,
    onSuccess: (r) => saved(r.incident.response),
  });
  const onWarning = useApiMutation('warnings.respond', {
    onError,
    onSuccess: (r) => saved(r.warning.response),
  });
  const pending = onIncident.isPending || onWarning.isPending;
  const submit = (v: Values) => {
    const at = v.decidedAt === openedAt ? null : parseLocalText(v.decidedAt, tz);
    if (!at && v.decidedAt !== openedAt)
      return void form.setFields([{ name: 'decidedAt', errors: [t('plans.response.badTime')] }]);
    const decision = {
      clientKey: key,
      action: v.action,
      planId: v.action === 'end' ? null : (v.planId ?? null),
      level: v.action === 'end' ? null : (v.level ?? null),
      decidedBy: v.decidedBy.trim(),
      ...(at ? { decidedAt: at } : {}),
      document: v.document?.trim() ?? '',
    };
    if (target.kind === 'incident') onIncident.mutate({ incidentId: target.incident.id, ...decision });
    else onWarning.mutate({ id: target.warning.id, ...decision });
  };
  return (
    <Modal
      open
      width={640}
      title={
        target.kind === 'incident'
          ? t('plans.response.title', { number: target.incident.number })
          : t('warnings.response.title', { headline: target.warning.headline })
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {running ? (
        <p data-testid="response-running">
          {t('plans.response.running', { level: running.level, plan: running.planName })}
        </p>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          action: actions[0],
          planId: running?.planId ?? undefined,
          decidedAt: openedAt,
        }}
      >
        <Form.Item name="action" label={t('plans.response.action')}>
          <Radio.Group
            optionType="button"
            options={actions.map((a) => ({
              value: a,
              label: t(`responseAction.${a}`),
            }))}
          />
        </Form.Item>
        {action !== 'end' ? (
          <>
            <Form.Item
              name="planId"
              label={t('plans.response.plan')}
              rules={[{ required: action === 'start', message: t('errors.response_plan_required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                loading={plans.isPending}
                options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
            <Form.Item
              name="level"
              label={t('plans.version.level')}
              rules={[{ required: true, message: t('errors.response_level_required') }]}
            >
              <Radio.Group
                optionType="button"
                options={levels.map((l) => ({ value: l, label: t(`responseLevel.${l}`) }))}
              />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          name="decidedBy"
          label={t('plans.response.decidedBy')}
          rules={[{ required: true, whitespace: true, message: t('errors.field.blank') }]}
        >
          <Input maxLength={30} placeholder={t('plans.response.decidedByHint')} />
        </Form.Item>
        <Form.Item
          name="decidedAt"
          label={t('plans.response.decidedAt')}
          rules={[{ required: true, message: t('errors.field.blank') }]}
        >
          <DateTimeInput timeZone={tz} />
        </Form.Item>
        <Form.Item name="document" label={t('plans.response.document')}>
          <Input maxLength={100} placeholder={t('plans.response.documentHint')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
