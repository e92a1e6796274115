import { App, Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PlanVersionView } from '../../../../common/contract/plans';
import { name as nameRule } from '../../../../common/contract/shared';
import { RESPONSE_LEVELS, type ResponseLevel } from '../../../../common/domain/plans';
import { RegisterDialog } from '../../components/RegisterDialog';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { applyServerErrors, requiredRule, useRevalidateOnLanguageChange, zodRule } from '../../forms/rules';

interface Values {
  label: string;
  docNo?: string;
  issuer?: string;
  issuedOn?: Dayjs | null;
  filedOn?: Dayjs | null;
  evaluatedOn?: Dayjs | null;
  levels?: { level: ResponseLevel; condition?: string; measures?: string }[];
  notes?: string;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const dayOf = (s: string | null) => (s ? dayjs(s) : null);

/** A new version of a plan (it starts 编制) or an edit of one: 文号, 印发机关, dates, response levels. */
export function VersionDialog({
  planId,
  version,
  onClose,
}: {
  planId: string;
  version?: PlanVersionView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  useRevalidateOnLanguageChange(form);
  const save = useApiMutation('plans.saveVersion', {
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
    onSuccess: (saved) => {
      void message.success(t('plans.version.saved', { label: saved.label }));
      onClose();
    },
  });
  const v = version;
  const submit = (x: Values) =>
    save.mutate({
      planId,
      ...(v ? { id: v.id } : {}),
      label: x.label.trim(),
      docNo: x.docNo?.trim() ?? '',
      issuer: x.issuer?.trim() ?? '',
      issuedOn: day(x.issuedOn),
      filedOn: day(x.filedOn),
      evaluatedOn: day(x.evaluatedOn),
      levels: (x.levels ?? []).map((l) => ({
        level: l.level,
        condition: l.condition?.trim() ?? '',
        measures: l.measures?.trim() ?? '',
      })),
      notes: x.notes ?? '',
    });
  return (
    <RegisterDialog<Values>
      form={form}
      width={860}
      title={v ? t('plans.version.editTitle', { label: v.label }) : t('plans.version.addTitle')}
      saving={save.isPending}
      onClose={onClose}
      onFinish={submit}
      initialValues={
        v
          ? {
              label: v.label,
              docNo: v.docNo,
              issuer: v.issuer,
              issuedOn: dayOf(v.issuedOn),
              filedOn: dayOf(v.filedOn),
              evaluatedOn: dayOf(v.evaluatedOn),
              levels: v.levels,
              notes: v.notes,
            }
          : { levels: [] }
      }
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="label"
            label={t('plans.version.label')}
            rules={[requiredRule(t), zodRule(nameRule(40), t)]}
          >
            <Input maxLength={40} autoFocus placeholder={t('plans.version.labelHint')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="docNo" label={t('plans.version.docNo')}>
            <Input maxLength={60} placeholder={t('plans.version.docNoHint')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="issuer" label={t('plans.version.issuer')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="issuedOn" label={t('plans.version.issuedOn')}>
            <DatePicker className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="filedOn" label={t('plans.version.filedOn')}>
            <DatePicker className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="evaluatedOn" label={t('plans.version.evaluatedOn')}>
            <DatePicker className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <div className="dr-plan-levels-title">{t('plans.version.levels')}</div>
          <Form.List name="levels">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="start" className="dr-plan-level-row">
                    <Form.Item name={[f.name, 'level']} rules={[requiredRule(t)]}>
                      <Select
                        className="dr-plan-level-select"
                        aria-label={t('plans.version.level')}
                        options={RESPONSE_LEVELS.map((l) => ({ value: l, label: t(`responseLevel.${l}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'condition']}>
                      <Input.TextArea
                        rows={2}
                        maxLength={300}
                        placeholder={t('plans.version.condition')}
                        aria-label={t('plans.version.condition')}
                        className="dr-plan-level-condition"
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'measures']}>
                      <Input.TextArea
                        rows={2}
                        maxLength={1000}
                        placeholder={t('plans.version.measures')}
                        aria-label={t('plans.version.measures')}
                        className="dr-plan-level-measures"
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('plans.version.removeLevel')}
                      onClick={() => remove(f.name)}
                    />
                  </Space>
                ))}
                {fields.length < RESPONSE_LEVELS.length ? (
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => {
                      const used = new Set(
                        ((form.getFieldValue('levels') as Values['levels']) ?? []).map((l) => l?.level),
                      );
                      add({ level: [...RESPONSE_LEVELS].reverse().find((l) => !used.has(l)) ?? 'IV' });
                    }}
                  >
                    {t('plans.version.addLevel')}
                  </Button>
                ) : null}
              </>
            )}
          </Form.List>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label={t('plans.col.notes')} className="dr-plan-version-notes">
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Col>
      </Row>
    </RegisterDialog>
  );
}
