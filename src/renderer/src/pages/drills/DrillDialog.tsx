import { App, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CampaignView, DrillInput, DrillView } from '../../../../common/contract/drills';
import type { Operator } from '../../../../common/contract/operators';
import {
  ANNOUNCE_MODES,
  DRILL_CONTENTS,
  DRILL_FORMS,
  DRILL_PURPOSES,
} from '../../../../common/domain/drills';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateTimeInput, dateTimeRule } from '../../components/DateTimeInput';
import { parseLocalText, toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { PlanPicker } from '../plans/PlanPicker';
import { useDomainLabel } from './CampaignBoard';

interface Values {
  title: string;
  place: string;
  scenario: string;
  campaignDomain?: string;
  form: DrillInput['form'];
  content: DrillInput['content'];
  purpose: DrillInput['purpose'];
  announce: DrillInput['announce'];
  scheduledAt?: string;
  units: string[];
  planIds: string[];
  controllerIds: string[];
  script: { offsetMinutes: number; text: string }[];
}

/**
 * 登记演练 / 修改演练: what the controllers prepare. For an unannounced or double-blind
 * drill, title, time, place, scenario and script stay with the controllers named here
 * until the start (core enforces it; the form only says so).
 */
export function DrillDialog({
  open,
  drill,
  campaigns,
  operator,
  onClose,
}: {
  open: boolean;
  drill: DrillView | null;
  campaigns: CampaignView[];
  operator: Operator;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const [form] = Form.useForm<Values>();
  const operators = useApiQuery('operators.list', {});
  const domainLabel = useDomainLabel();
  const save = useApiMutation('drills.save', {
    onSuccess: (d) => {
      void message.success(t('drills.form.saved', { number: d.number }));
      onClose();
    },
  });
  const d = drill?.detail;
  const initial: Values = d
    ? {
        title: d.title,
        place: d.place,
        scenario: d.scenario ?? '',
        campaignDomain:
          drill.campaignId && drill.domainId ? `${drill.campaignId}|${drill.domainId}` : undefined,
        form: d.form,
        content: d.content,
        purpose: d.purpose,
        announce: drill.announce,
        scheduledAt: toLocalText(d.scheduledAt, tz),
        units: d.units,
        planIds: d.planIds,
        controllerIds: d.controllers.map((c) => c.id),
        script: d.injects
          .filter((i) => i.sentAt === null && i.offsetMinutes !== null)
          .map((i) => ({ offsetMinutes: i.offsetMinutes!, text: i.text })),
      }
    : {
        title: '',
        place: '',
        scenario: '',
        form: 'live',
        content: 'single',
        purpose: 'test',
        announce: 'double_blind',
        units: [],
        planIds: [],
        controllerIds: [operator.id],
        script: [],
      };

  const submit = async () => {
    const v = await form.validateFields();
    const [campaignId, domainId] = v.campaignDomain ? v.campaignDomain.split('|') : [null, null];
    save.mutate({
      id: drill?.id ?? null,
      campaignId: campaignId ?? null,
      domainId: domainId ?? null,
      title: v.title,
      form: v.form,
      content: v.content,
      purpose: v.purpose,
      announce: v.announce,
      scheduledAt: v.scheduledAt ? parseLocalText(v.scheduledAt, tz) : null,
      place: v.place ?? '',
      scenario: v.scenario ?? '',
      planIds: v.planIds ?? [],
      units: (v.units ?? []).filter((u) => u.trim()),
      controllerIds: v.controllerIds,
      script: v.script ?? [],
    });
  };

  const opts = <T extends string>(codes: readonly T[], prefix: string) =>
    codes.map((c) => ({ value: c, label: t(`${prefix}.${c}` as 'drillForm.live') }));

  return (
    <Modal
      open={open}
      width={860}
      title={drill ? t('drills.form.editTitle', { number: drill.number }) : t('drills.form.newTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('drills.form.save')}
      cancelText={t('drills.form.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error ? (
        <div className="dr-form-alert-text" role="alert">
          {errorText(t, save.error)}
        </div>
      ) : null}
      <Form<Values> form={form} layout="vertical" initialValues={initial} preserve={false} name="drill">
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name="title"
              label={t('drills.form.title')}
              rules={[{ required: true, whitespace: true, message: t('drills.form.required') }]}
            >
              <Input maxLength={80} autoFocus />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="announce" label={t('drills.col.announce')}>
              <Select options={opts(ANNOUNCE_MODES, 'announceMode')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="campaignDomain" label={t('drills.form.campaignDomain')}>
              <Select
                allowClear
                placeholder={t('drills.noCampaign')}
                options={campaigns.map((c) => ({
                  label: c.title,
                  options: c.domains.map((dm) => ({
                    value: `${c.id}|${dm.id}`,
                    label: `${domainLabel(dm)} · ${dm.leadLeader}`,
                  })),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="scheduledAt"
              label={t('drills.form.scheduledAt')}
              rules={[dateTimeRule(tz, t('logs.time.invalid'))]}
            >
              <DateTimeInput timeZone={tz} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="form" label={t('drills.col.form')}>
              <Select options={opts(DRILL_FORMS, 'drillForm')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="content" label={t('drills.form.content')}>
              <Select options={opts(DRILL_CONTENTS, 'drillContent')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="purpose" label={t('drills.form.purpose')}>
              <Select options={opts(DRILL_PURPOSES, 'drillPurpose')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="place" label={t('drills.form.place')}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="scenario" label={t('drills.form.scenario')} extra={t('drills.form.sealedHint')}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="controllerIds"
              label={t('drills.form.controllers')}
              rules={[{ required: true, message: t('drills.form.controllersRequired') }]}
            >
              <Select
                mode="multiple"
                options={(operators.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                optionFilterProp="label"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="units" label={t('drills.form.units')}>
              <Select mode="tags" tokenSeparators={[',', ...t('drills.form.unitSeparators')]} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="planIds" label={t('drills.form.plans')}>
              <PlanPicker multiple />
            </Form.Item>
          </Col>
        </Row>
        <div className="dr-section-title">{t('drills.form.script')}</div>
        <Form.List name="script">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" className="dr-drill-script-row">
                  <Form.Item
                    name={[f.name, 'offsetMinutes']}
                    rules={[{ required: true, message: t('drills.form.required') }]}
                  >
                    <InputNumber min={0} max={10080} addonAfter={t('drills.form.minutesAfter')} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'text']}
                    rules={[{ required: true, whitespace: true, message: t('drills.form.required') }]}
                    className="dr-drill-script-text"
                  >
                    <Input maxLength={1000} placeholder={t('drills.form.injectText')} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('drills.form.remove')}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ offsetMinutes: 0, text: '' })}>
                {t('drills.form.addInject')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
