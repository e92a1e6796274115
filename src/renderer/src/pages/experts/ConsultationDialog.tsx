import { useState } from 'react';
import { App, Button, Checkbox, Col, Form, Input, Modal, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '../../../../common/contract/experts';
import { CONSULTATION_KINDS, type ConsultationKind } from '../../../../common/domain/teams';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateTimeInput, dateTimeRule } from '../../components/DateTimeInput';
import { parseLocalText, toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';

/** A step's words in a line, to pick it by (the leader's instruction, the follow-up's content). */
const gist = (data: Record<string, unknown>): string =>
  Object.entries(data)
    .filter(([k, v]) => typeof v === 'string' && !/Id$/.test(k))
    .map(([, v]) => v as string)
    .join(' ')
    .slice(0, 60);

interface ParticipantValues {
  expertId?: string | null;
  name?: string;
  unit?: string;
  title?: string;
  opinion?: string;
}

interface Values {
  kind: ConsultationKind;
  subject: string;
  heldAt: string;
  place?: string;
  host?: string;
  incidentId?: string | null;
  planId?: string | null;
  drillId?: string | null;
  participants: ParticipantValues[];
  conclusions: string;
  followUp?: string;
  followEntryIds?: string[];
}

/**
 * 记录会商: what kind, about what, when and where, who chaired; the experts who took part
 * (from the panel, or from outside it) each with their opinion; the conclusions; what
 * followed, linked to the incident's steps. Recorded once: the minutes are not edited.
 */
export function ConsultationDialog({
  incidentId,
  onClose,
  onSaved,
}: {
  incidentId?: string;
  onClose: () => void;
  onSaved?: (c: ConsultationView) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const [form] = Form.useForm<Values>();
  const [openedAt] = useState(() => toLocalText(new Date().toISOString(), tz));
  const experts = useApiQuery('experts.list', {});
  const incidents = useApiQuery('incidents.list', { limit: 100, traffic: 'all' });
  const plans = useApiQuery('plans.list', {});
  const drills = useApiQuery('drills.list', {});
  const chosenIncident = Form.useWatch('incidentId', form) ?? incidentId ?? null;
  const detail = useApiQuery('incidents.get', { id: chosenIncident ?? '' }, { enabled: !!chosenIncident });
  const save = useApiMutation('consultations.record', {
    onError: (e) => void message.error(errorText(t, e)),
    onSuccess: (c) => {
      void message.success(t('experts.consultation.saved', { subject: c.subject }));
      onSaved?.(c);
      onClose();
    },
  });
  const byId = new Map((experts.data ?? []).map((e) => [e.id, e]));

  const submit = (v: Values) => {
    const heldAt = parseLocalText(v.heldAt, tz);
    if (!heldAt) return;
    save.mutate({
      kind: v.kind,
      subject: v.subject.trim(),
      heldAt,
      place: v.place?.trim() ?? '',
      host: v.host?.trim() ?? '',
      incidentId: v.incidentId ?? null,
      planId: v.planId ?? null,
      drillId: v.drillId ?? null,
      participants: v.participants
        .filter((p) => p.name?.trim())
        .map((p) => ({
          expertId: p.expertId ?? null,
          name: p.name!.trim(),
          unit: p.unit?.trim() ?? '',
          title: p.title?.trim() ?? '',
          opinion: p.opinion ?? '',
        })),
      conclusions: v.conclusions,
      followUp: v.followUp ?? '',
      followEntryIds: v.incidentId ? (v.followEntryIds ?? []) : [],
    });
  };

  return (
    <Modal
      open
      width={980}
      title={t('experts.consultation.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          kind: 'consultation',
          heldAt: openedAt,
          incidentId: incidentId ?? null,
          participants: [{}],
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // An expert picked from the panel fills in their name, unit and title.
          const rows = changed.participants;
          if (!rows) return;
          const all = form.getFieldValue('participants') as ParticipantValues[];
          rows.forEach((row, i) => {
            const e = row?.expertId ? byId.get(row.expertId) : undefined;
            if (e && row && 'expertId' in row)
              all[i] = { ...all[i], name: e.name, unit: e.unit, title: e.title };
          });
          form.setFieldValue('participants', [...all]);
        }}
      >
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name="kind" label={t('experts.consultation.kind')}>
              <Select
                options={CONSULTATION_KINDS.map((k) => ({ value: k, label: t(`consultationKind.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item
              name="subject"
              label={t('experts.consultation.subject')}
              rules={[{ required: true, whitespace: true, message: t('errors.field.required') }]}
            >
              <Input maxLength={100} autoFocus />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="heldAt"
              label={t('experts.consultation.heldAt')}
              rules={[
                { required: true, message: t('errors.field.required') },
                dateTimeRule(tz, t('logs.time.invalid')),
              ]}
            >
              <DateTimeInput timeZone={tz} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="place" label={t('experts.consultation.place')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="host" label={t('experts.consultation.host')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="incidentId" label={t('experts.consultation.incident')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                data-testid="consultation-incident"
                options={(incidents.data?.items ?? []).map((i) => ({
                  value: i.id,
                  label: `${i.number} ${i.title}`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="planId" label={t('experts.consultation.plan')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="drillId" label={t('experts.consultation.drill')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={(drills.data?.drills ?? [])
                  .filter((d) => !d.sealed)
                  .map((d) => ({
                    value: d.id,
                    label: [d.number, d.detail?.title].filter(Boolean).join(' '),
                  }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <h4 className="dr-teams-members-head">{t('experts.consultation.participants')}</h4>
        <Form.List name="participants">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row gutter={8} key={f.key} data-testid="participant-row">
                  <Col span={5}>
                    <Form.Item name={[f.name, 'expertId']}>
                      <Select
                        allowClear
                        showSearch
                        optionFilterProp="label"
                        placeholder={t('experts.consultation.fromPanel')}
                        aria-label={t('experts.consultation.fromPanel')}
                        data-testid="participant-expert"
                        options={(experts.data ?? []).map((e) => ({
                          value: e.id,
                          label: `${e.name} ${e.speciality}`,
                          title: e.name,
                          disabled: !e.available,
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Form.Item name={[f.name, 'name']}>
                      <Input
                        placeholder={t('experts.col.name')}
                        aria-label={t('experts.col.name')}
                        maxLength={30}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[f.name, 'unit']}>
                      <Input
                        placeholder={t('experts.col.unit')}
                        aria-label={t('experts.col.unit')}
                        maxLength={80}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Form.Item name={[f.name, 'title']}>
                      <Input
                        placeholder={t('experts.col.title')}
                        aria-label={t('experts.col.title')}
                        maxLength={40}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item name={[f.name, 'opinion']}>
                      <Input.TextArea
                        rows={2}
                        placeholder={t('experts.consultation.opinion')}
                        aria-label={t('experts.consultation.opinion')}
                        maxLength={2000}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('experts.consultation.removeParticipant')}
                      onClick={() => remove(f.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})} data-testid="participant-add">
                {t('experts.consultation.addParticipant')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item
          name="conclusions"
          label={t('experts.consultation.conclusions')}
          rules={[{ required: true, whitespace: true, message: t('errors.field.required') }]}
          className="dr-consultation-gap"
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="followUp" label={t('experts.consultation.followUp')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {chosenIncident ? (
          <Form.Item name="followEntryIds" label={t('experts.consultation.followEntries')}>
            <Checkbox.Group
              className="dr-consultation-entries"
              data-testid="consultation-entries"
              options={(detail.data?.entries ?? [])
                .filter((e) => e.kind !== 'intake' && e.kind !== 'correction')
                .map((e) => ({
                  value: e.id,
                  label: `${toLocalText(e.occurredAt, tz)} ${t(`kind.${e.kind}`)} ${gist(e.data)}`,
                }))}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
