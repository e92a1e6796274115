import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../common/contract/plans';
import { name as nameRule } from '../../../../common/contract/shared';
import {
  PLAN_DOMAINS,
  PLAN_KINDS,
  PLAN_LEVELS,
  type PlanDomain,
  type PlanKind,
  type PlanLevel,
} from '../../../../common/domain/plans';
import { RegisterDialog } from '../../components/RegisterDialog';
import { useRegisterSave } from '../../components/useRegisterSave';
import { requiredRule, zodRule } from '../../forms/rules';

interface Values {
  name: string;
  kind: PlanKind;
  domain: PlanDomain;
  hazard?: string;
  ownerUnit: string;
  level: PlanLevel;
  lastDrilledOn?: Dayjs | null;
  notes?: string;
}

/** Register a plan or edit its register line (an ordinary, audited update). */
export function PlanDialog({ plan, onClose }: { plan?: PlanView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useRegisterSave(form, 'plans.upsert', 'plans.saved', onClose);
  const submit = (v: Values) =>
    save.mutate({
      ...(plan ? { id: plan.id } : {}),
      name: v.name.trim(),
      kind: v.kind,
      domain: v.domain,
      hazard: v.hazard?.trim() ?? '',
      ownerUnit: v.ownerUnit.trim(),
      level: v.level,
      lastDrilledOn: v.lastDrilledOn ? v.lastDrilledOn.format('YYYY-MM-DD') : null,
      notes: v.notes ?? '',
    });
  const p = plan;
  return (
    <RegisterDialog<Values>
      form={form}
      width={720}
      title={p ? t('plans.editTitle', { name: p.name }) : t('plans.addTitle')}
      saving={save.isPending}
      onClose={onClose}
      onFinish={submit}
      initialValues={
        p
          ? {
              name: p.name,
              kind: p.kind,
              domain: p.domain,
              hazard: p.hazard,
              ownerUnit: p.ownerUnit,
              level: p.level,
              lastDrilledOn: p.lastDrilledOn ? dayjs(p.lastDrilledOn) : null,
              notes: p.notes,
            }
          : { kind: 'special', domain: 'natural', level: 'county' }
      }
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="name"
            label={t('plans.col.name')}
            rules={[requiredRule(t), zodRule(nameRule(100), t)]}
          >
            <Input maxLength={100} autoFocus />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="kind" label={t('plans.col.kind')} rules={[requiredRule(t)]}>
            <Select options={PLAN_KINDS.map((k) => ({ value: k, label: t(`planKind.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="domain" label={t('plans.col.domain')} rules={[requiredRule(t)]}>
            <Select options={PLAN_DOMAINS.map((k) => ({ value: k, label: t(`planDomain.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="hazard" label={t('plans.col.hazard')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="ownerUnit"
            label={t('plans.col.ownerUnit')}
            rules={[requiredRule(t), zodRule(nameRule(60), t)]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="level" label={t('plans.col.level')} rules={[requiredRule(t)]}>
            <Select options={PLAN_LEVELS.map((k) => ({ value: k, label: t(`planLevel.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="lastDrilledOn" label={t('plans.col.lastDrilledOn')}>
            <DatePicker className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label={t('plans.col.notes')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Col>
      </Row>
    </RegisterDialog>
  );
}
