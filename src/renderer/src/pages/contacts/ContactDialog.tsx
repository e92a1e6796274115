import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../../common/contract/contacts';
import { name as nameRule, phone as phoneRule } from '../../../../common/contract/shared';
import { CONTACT_CATEGORIES, type ContactCategory } from '../../../../common/domain/contacts';
import { RegisterDialog } from '../../components/RegisterDialog';
import { useRecordSave } from '../../components/useRegisterSave';
import { useTownOptions } from '../../components/useTownOptions';
import { requiredRule, zodRule } from '../../forms/rules';

interface Values {
  category: ContactCategory;
  unit: string;
  person?: string;
  post?: string;
  dutyPhone?: string;
  mobile?: string;
  officePhone?: string;
  townCode?: string | null;
  callList?: boolean;
  reviewedOn?: Dayjs | null;
  notes?: string;
}

/** Add a line to 通讯录 or edit one (an ordinary, audited update). */
export function ContactDialog({ contact, onClose }: { contact?: ContactView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useRecordSave(form, 'contacts.upsert', 'contacts.saved', onClose, (saved) =>
    [saved.unit, saved.person].filter(Boolean).join(' '),
  );
  const towns = useTownOptions();
  const c = contact;

  const submit = (v: Values) =>
    save.mutate({
      ...(c ? { id: c.id } : {}),
      category: v.category,
      unit: v.unit.trim(),
      person: v.person?.trim() ?? '',
      post: v.post?.trim() ?? '',
      dutyPhone: v.dutyPhone?.trim() ?? '',
      mobile: v.mobile?.trim() ?? '',
      officePhone: v.officePhone?.trim() ?? '',
      townCode: v.townCode ?? null,
      callList: v.callList ?? false,
      notes: v.notes ?? '',
      reviewedOn: v.reviewedOn ? v.reviewedOn.format('YYYY-MM-DD') : null,
    });

  const phoneItem = (name: 'dutyPhone' | 'mobile' | 'officePhone') => (
    <Col span={8}>
      <Form.Item name={name} label={t(`column.contacts.${name}`)} rules={[zodRule(phoneRule, t)]}>
        <Input maxLength={40} inputMode="tel" />
      </Form.Item>
    </Col>
  );

  return (
    <RegisterDialog<Values>
      form={form}
      width={760}
      title={c ? t('contacts.editTitle', { unit: c.unit }) : t('contacts.addTitle')}
      saving={save.isPending}
      onClose={onClose}
      onFinish={submit}
      initialValues={
        c
          ? {
              category: c.category,
              unit: c.unit,
              person: c.person,
              post: c.post,
              dutyPhone: c.dutyPhone,
              mobile: c.mobile,
              officePhone: c.officePhone,
              townCode: c.townCode,
              callList: c.callList,
              reviewedOn: c.reviewedOn ? dayjs(c.reviewedOn) : null,
              notes: c.notes,
            }
          : { category: 'department', callList: false }
      }
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="category" label={t('column.contacts.category')} rules={[requiredRule(t)]}>
            <Select
              options={CONTACT_CATEGORIES.map((k) => ({ value: k, label: t(`contactCategory.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="unit"
            label={t('column.contacts.unit')}
            rules={[requiredRule(t), zodRule(nameRule(80), t)]}
          >
            <Input maxLength={80} autoFocus />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="person" label={t('column.contacts.person')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="post" label={t('column.contacts.post')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="townCode" label={t('column.contacts.town')}>
            <Select allowClear showSearch optionFilterProp="label" options={towns} />
          </Form.Item>
        </Col>
        {phoneItem('dutyPhone')}
        {phoneItem('mobile')}
        {phoneItem('officePhone')}
        <Col span={8}>
          <Form.Item name="reviewedOn" label={t('column.contacts.reviewedOn')}>
            <DatePicker className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="callList" valuePropName="checked" label={t('column.contacts.callList')}>
            <Checkbox>{t('contacts.callListHint')}</Checkbox>
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
