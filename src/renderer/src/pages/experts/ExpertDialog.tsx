import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ExpertView } from '../../../../common/contract/experts';
import { name as nameRule, phone as phoneRule } from '../../../../common/contract/shared';
import { EXPERT_FIELDS, type ExpertField } from '../../../../common/domain/teams';
import { RegisterDialog } from '../../components/RegisterDialog';
import { useRegisterSave } from '../../components/useRegisterSave';
import { requiredRule, zodRule } from '../../forms/rules';

interface Values {
  name: string;
  field: ExpertField;
  speciality?: string;
  title?: string;
  unit: string;
  mobile?: string;
  officePhone?: string;
  termStart?: Dayjs | null;
  termEnd?: Dayjs | null;
  available?: boolean;
  availabilityNote?: string;
  recusalNotes?: string;
  notes?: string;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Add an expert to the panel or edit one (an audited update). */
export function ExpertDialog({ expert, onClose }: { expert?: ExpertView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useRegisterSave(form, 'experts.upsert', 'experts.saved', onClose);
  const e = expert;
  return (
    <RegisterDialog<Values>
      form={form}
      width={760}
      title={e ? t('experts.editTitle', { name: e.name }) : t('experts.addTitle')}
      saving={save.isPending}
      onClose={onClose}
      onFinish={(v) =>
        save.mutate({
          ...(e ? { id: e.id } : {}),
          name: v.name.trim(),
          field: v.field,
          speciality: v.speciality?.trim() ?? '',
          title: v.title?.trim() ?? '',
          unit: v.unit.trim(),
          mobile: v.mobile?.trim() ?? '',
          officePhone: v.officePhone?.trim() ?? '',
          termStart: day(v.termStart),
          termEnd: day(v.termEnd),
          available: v.available ?? true,
          availabilityNote: v.availabilityNote?.trim() ?? '',
          recusalNotes: v.recusalNotes ?? '',
          notes: v.notes ?? '',
        })
      }
      initialValues={
        e
          ? {
              ...e,
              termStart: e.termStart ? dayjs(e.termStart) : null,
              termEnd: e.termEnd ? dayjs(e.termEnd) : null,
            }
          : { field: 'natural', available: true }
      }
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="name"
            label={t('experts.col.name')}
            rules={[requiredRule(t), zodRule(nameRule(30), t)]}
          >
            <Input maxLength={30} autoFocus />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="field" label={t('experts.col.field')} rules={[requiredRule(t)]}>
            <Select options={EXPERT_FIELDS.map((f) => ({ value: f, label: t(`expertField.${f}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="title" label={t('experts.col.title')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="speciality" label={t('experts.col.speciality')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="unit"
            label={t('experts.col.unit')}
            rules={[requiredRule(t), zodRule(nameRule(80), t)]}
          >
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="mobile" label={t('experts.col.mobile')} rules={[zodRule(phoneRule, t)]}>
            <Input maxLength={40} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="officePhone" label={t('experts.col.officePhone')} rules={[zodRule(phoneRule, t)]}>
            <Input maxLength={40} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="termStart" label={t('experts.col.termStart')}>
            <DatePicker className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="termEnd" label={t('experts.col.termEnd')}>
            <DatePicker className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="available" valuePropName="checked" label={t('experts.col.available')}>
            <Checkbox>{t('experts.availableHint')}</Checkbox>
          </Form.Item>
        </Col>
        <Col span={18}>
          <Form.Item name="availabilityNote" label={t('experts.col.availabilityNote')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="recusalNotes" label={t('experts.col.recusal')}>
            <Input maxLength={500} placeholder={t('experts.recusalHint')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label={t('column.notes')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
    </RegisterDialog>
  );
}
