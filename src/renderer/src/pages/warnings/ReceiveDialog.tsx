import { useState } from 'react';
import { App, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  WARNING_CHANNELS,
  WARNING_HAZARDS,
  WARNING_LEVELS,
  WARNING_SOURCES,
  type WarningChannel,
  type WarningHazard,
  type WarningLevel,
  type WarningSource,
} from '../../../../common/domain/warnings';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { DateTimeInput } from '../../components/DateTimeInput';
import { parseLocalText, toLocalText } from '../../components/localTime';
import { useTownOptions } from '../../components/useTownOptions';
import { ExerciseSwitch } from '../drills/ExerciseSwitch';
import { requiredRule } from '../../forms/rules';
import { hrefOf, navigate } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { FormModal } from './FormModal';

interface Values {
  level: WarningLevel;
  hazard: WarningHazard;
  source: WarningSource;
  issuer: string;
  issuerRef?: string;
  towns: string[];
  headline?: string;
  body?: string;
  effectiveAt?: string;
  expiresAt?: string;
  receivedAt: string;
  channel: WarningChannel;
}

type TimeName = 'effectiveAt' | 'expiresAt' | 'receivedAt';

/**
 * 登记预警, keyboard first like the intake: Enter moves from field to field (an open list
 * picks first), Ctrl+Enter saves. A headline left empty is composed from the issuer,
 * type and colour, the way the issuing bodies title their signals.
 */
export function ReceiveDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const towns = useTownOptions();
  const [form] = Form.useForm<Values>();
  const [key] = useState(newClientKey);
  // While a drill runs, what is received is drill traffic (演练) unless switched off.
  const [drillId, setDrillId] = useState<string | null>(null);
  const [openedAt] = useState(() => toLocalText(new Date().toISOString(), tz));
  const save = useApiMutation('warnings.receive', {
    onSuccess: (r) => {
      void message.success(t('warnings.received', { headline: r.warning.headline }));
      onClose();
      navigate(hrefOf('warnings', [r.warning.id]));
    },
    onError: (e) => void message.error(errorText(t, e)),
  });

  const submit = (v: Values) => {
    const times: Partial<Record<TimeName, string | null>> = {};
    for (const name of ['effectiveAt', 'expiresAt', 'receivedAt'] as const) {
      const text = v[name]?.trim();
      if (!text) {
        times[name] = null;
        continue;
      }
      // Left as the dialog opened it: the exact instant, not the minute.
      const iso =
        name === 'receivedAt' && text === openedAt ? new Date().toISOString() : parseLocalText(text, tz);
      if (!iso) return void form.setFields([{ name, errors: [t('warnings.badTime')] }]);
      times[name] = iso;
    }
    const headline =
      v.headline?.trim() ||
      t('warnings.composedHeadline', {
        issuer: v.issuer.trim(),
        hazard: t(`warningHazard.${v.hazard}`),
        colour: t(`warningColour.${v.level}`),
      });
    save.mutate({
      clientKey: key,
      source: v.source,
      issuer: v.issuer.trim(),
      issuerRef: v.issuerRef?.trim() ?? '',
      hazard: v.hazard,
      level: v.level,
      headline,
      body: v.body ?? '',
      towns: v.towns,
      polygon: null,
      effectiveAt: times.effectiveAt ?? null,
      onsetAt: null,
      expiresAt: times.expiresAt ?? null,
      receivedAt: times.receivedAt!,
      channel: v.channel,
      drillId,
    });
  };

  const timeItem = (name: TimeName, required = false) => (
    <Form.Item
      name={name}
      label={t(`warnings.field.${name}`)}
      rules={required ? [requiredRule(t)] : []}
      extra={name === 'effectiveAt' ? t('warnings.timeHint') : undefined}
    >
      <DateTimeInput timeZone={tz} aria-label={t(`warnings.field.${name}`)} />
    </Form.Item>
  );
  const levels = WARNING_LEVELS.map((k) => ({ value: k, label: t(`warningLevel.${k}`) }));
  const hazards = WARNING_HAZARDS.map((k) => ({ value: k, label: t(`warningHazard.${k}`) }));
  const sources = WARNING_SOURCES.map((k) => ({ value: k, label: t(`warningSource.${k}`) }));
  const channels = WARNING_CHANNELS.map((k) => ({ value: k, label: t(`warningChannel.${k}`) }));

  return (
    <FormModal<Values>
      form={form}
      width={820}
      title={t('warnings.receiveTitle')}
      saving={save.isPending}
      onClose={onClose}
      onFinish={submit}
      initialValues={{ source: 'weather', channel: 'system', receivedAt: openedAt, towns: [] }}
    >
      <ExerciseSwitch value={drillId} onChange={setDrillId} what="warning" />
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="level" label={t('warnings.field.level')} rules={[requiredRule(t)]}>
            <Select
              showSearch
              optionFilterProp="label"
              autoFocus
              options={levels}
              data-testid="warning-level"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="hazard" label={t('warnings.field.hazard')} rules={[requiredRule(t)]}>
            <Select showSearch optionFilterProp="label" options={hazards} data-testid="warning-hazard" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="source" label={t('warnings.field.source')} rules={[requiredRule(t)]}>
            <Select showSearch optionFilterProp="label" options={sources} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="issuer" label={t('warnings.field.issuer')} rules={[requiredRule(t)]}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="issuerRef" label={t('warnings.field.issuerRef')}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="towns"
            label={t('warnings.field.towns')}
            rules={[{ required: true, type: 'array', min: 1, message: t('errors.field.required') }]}
          >
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              options={towns}
              data-testid="warning-towns"
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="headline" label={t('warnings.field.headline')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="body" label={t('warnings.field.body')}>
            <Input.TextArea maxLength={4000} rows={3} />
          </Form.Item>
        </Col>
        <Col span={8}>{timeItem('effectiveAt')}</Col>
        <Col span={8}>{timeItem('expiresAt')}</Col>
        <Col span={8}>{timeItem('receivedAt', true)}</Col>
        <Col span={8}>
          <Form.Item name="channel" label={t('warnings.field.channel')} rules={[requiredRule(t)]}>
            <Select options={channels} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
