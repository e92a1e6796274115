import { useMemo, useState } from 'react';
import { App, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { incidentIntakeOf, type WarningView } from '../../../../common/contract/warnings';
import {
  ALL_SUBTYPES,
  categoryOf,
  GRADES,
  type Grade,
  type Subtype,
} from '../../../../common/domain/incidents';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { requiredRule } from '../../forms/rules';
import { hrefOf, navigate } from '../../router/hash';
import { FormModal } from './FormModal';

interface Values {
  title: string;
  subtype: Subtype;
  grade: Grade;
  townCode: string;
  address: string;
  description: string;
}

/**
 * 生成事件: a warning becomes an incident, its intake prefilled from the warning (type,
 * towns, headline, text; the issuing body as the reporter) for the room to complete —
 * keyboard first like the intake, Ctrl+Enter saves. The two are linked both ways; a
 * drill's warning makes a drill incident.
 */
export function IncidentDialog({ warning, onClose }: { warning: WarningView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [key] = useState(newClientKey);
  const [openedAt] = useState(() => new Date().toISOString());
  const base = useMemo(() => incidentIntakeOf(warning, openedAt), [warning, openedAt]);
  const save = useApiMutation('warnings.toIncident', {
    onSuccess: (r) => {
      onClose();
      navigate(hrefOf('logs', ['incident', r.incidentId]));
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  const submit = (v: Values) =>
    save.mutate({
      id: warning.id,
      clientKey: key,
      intake: {
        ...base,
        receivedAt: new Date().toISOString(),
        title: v.title.trim(),
        subtype: v.subtype,
        category: categoryOf(v.subtype) ?? base.category,
        grade: v.grade,
        place: { ...base.place, townCode: v.townCode, address: v.address.trim() },
        description: v.description,
      },
    });
  return (
    <FormModal<Values>
      form={form}
      width={760}
      title={t('warnings.toIncidentTitle', { headline: warning.headline })}
      okText={t('warnings.toIncident')}
      saving={save.isPending}
      onClose={onClose}
      onFinish={submit}
      initialValues={{
        title: base.title,
        subtype: base.subtype,
        grade: base.grade,
        townCode: base.place.townCode ?? undefined,
        address: base.place.address,
        description: base.description,
      }}
    >
      <p className="dr-warn-sub">{t('warnings.toIncidentHelp')}</p>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="title" label={t('logs.field.title')} rules={[requiredRule(t)]}>
            <Input maxLength={100} autoFocus />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="subtype" label={t('logs.field.subtype')} rules={[requiredRule(t)]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={ALL_SUBTYPES.map((s) => ({ value: s, label: t(`subtype.${s}`) }))}
              data-testid="incident-subtype"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="grade" label={t('logs.field.grade')} rules={[requiredRule(t)]}>
            <Select
              options={GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) }))}
              data-testid="incident-grade"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="townCode" label={t('logs.field.town')} rules={[requiredRule(t)]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={warning.towns.map((x) => ({ value: x.code, label: x.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="address" label={t('logs.field.address')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={t('logs.field.description')}>
            <Input.TextArea maxLength={4000} rows={4} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
