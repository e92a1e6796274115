import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FindingView } from '../../../../common/contract/assessment';
import type { Operator } from '../../../../common/contract/operators';
import {
  FINDING_KINDS,
  SUBJECT_KINDS,
  type FindingKind,
  type SubjectKind,
} from '../../../../common/domain/assessment';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { DateTimeInput, dateTimeRule } from '../../components/DateTimeInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parseLocalText, toLocalText } from '../../components/localTime';
import { useTownOptions } from '../../components/useTownOptions';
import { hrefOf } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { applyServerErrors } from '../../forms/rules';
import { PeriodSelect } from './PeriodSelect';

interface FindingForm {
  kind: FindingKind;
  subjectKind: SubjectKind;
  townCode?: string;
  unit?: string;
  occurredAt: string;
  evidence: string;
  incidentId?: string;
  entryId?: string;
}

/** 问题认定: what a leader found (漏报/谎报/瞒报/脱岗), with its evidence and the record it rests on. */
function FindingDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const towns = useTownOptions();
  const incidents = useApiQuery('incidents.list', { limit: 200 });
  const [form] = Form.useForm<FindingForm>();
  const subjectKind = Form.useWatch('subjectKind', form);
  const [clientKey] = useState(newClientKey);
  const save = useApiMutation('findings.record', {
    onSuccess: () => {
      void message.success(t('findings.saved'));
      onClose();
    },
    onError: (e) => {
      if (!applyServerErrors(form, e, t)) void message.error(errorText(t, e));
    },
  });
  const submit = (v: FindingForm) => {
    const occurredAt = parseLocalText(v.occurredAt, tz);
    if (!occurredAt) return;
    save.mutate({
      clientKey,
      kind: v.kind,
      subject:
        v.subjectKind === 'town'
          ? { kind: 'town', townCode: v.townCode ?? '' }
          : v.subjectKind === 'department'
            ? { kind: 'department', unit: v.unit ?? '' }
            : { kind: 'room' },
      occurredAt,
      evidence: v.evidence,
      incidentId: v.incidentId ?? null,
      entryId: v.entryId?.trim() ? v.entryId.trim() : null,
    });
  };
  const required = { required: true, message: t('errors.field.required') };
  return (
    <Modal
      open
      title={t('findings.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      width={640}
      destroyOnHidden
    >
      <Form<FindingForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'missed', subjectKind: 'town' }}
        data-testid="finding-form"
      >
        <Form.Item name="kind" label={t('findings.kind')} rules={[required]}>
          <Select options={FINDING_KINDS.map((k) => ({ value: k, label: t(`findingKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="subjectKind" label={t('findings.subjectKind')} rules={[required]}>
          <Select
            options={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`assessmentSubjectKind.${k}`) }))}
          />
        </Form.Item>
        {subjectKind === 'town' ? (
          <Form.Item name="townCode" label={t('findings.town')} rules={[required]}>
            <Select showSearch optionFilterProp="label" options={towns} data-testid="finding-town" />
          </Form.Item>
        ) : null}
        {subjectKind === 'department' ? (
          <Form.Item name="unit" label={t('findings.unit')} rules={[required]}>
            <Input maxLength={80} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="occurredAt"
          label={t('findings.occurredAt')}
          rules={[required, dateTimeRule(tz, t('logs.time.invalid'))]}
        >
          <DateTimeInput timeZone={tz} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('findings.evidence')}
          rules={[required]}
          extra={t('findings.evidenceHint')}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="incidentId"
          label={t('findings.incident')}
          dependencies={['entryId']}
          rules={[
            {
              // A finding rests on a record: the incident, or a duty-log entry by its number.
              validator: (_r, value) =>
                value || String(form.getFieldValue('entryId') ?? '').trim()
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('errors.finding_no_link'))),
            },
          ]}
        >
          <Select
            data-testid="finding-incident"
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('findings.incidentHint')}
            options={(incidents.data?.items ?? []).map((i) => ({
              value: i.id,
              label: `${i.number} ${i.title}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="entryId" label={t('findings.entry')}>
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The period's findings, and the leader's button to record one. */
export function FindingsTab({
  period,
  setPeriod,
  operator,
}: {
  period: string;
  setPeriod: (p: string) => void;
  operator: Operator;
}) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const q = useApiQuery('findings.list', { period });
  const [adding, setAdding] = useState(false);
  const leader = operator.role === 'leader';
  return (
    <Card
      extra={
        <>
          <PeriodSelect value={period} onChange={setPeriod} />{' '}
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!leader}
            onClick={() => setAdding(true)}
            data-testid="finding-add"
          >
            {t('findings.add')}
          </Button>
        </>
      }
    >
      <Alert type="info" showIcon message={t('findings.leaderOnly')} className="dr-assess-note" />
      <ErrorAlert error={q.error} />
      <Table<FindingView>
        rowKey="entryId"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="findings-table"
        locale={{ emptyText: t('findings.empty') }}
        columns={[
          { title: t('findings.col.at'), width: 150, render: (_v, f) => toLocalText(f.occurredAt, tz) },
          { title: t('findings.col.kind'), width: 80, render: (_v, f) => t(`findingKind.${f.kind}`) },
          {
            title: t('findings.col.subject'),
            width: 160,
            render: (_v, f) => (f.subject.kind === 'room' ? t('assessmentSubject.room') : f.subjectName),
          },
          { title: t('findings.col.evidence'), render: (_v, f) => f.evidence },
          {
            title: t('findings.col.link'),
            width: 140,
            render: (_v, f) =>
              f.incidentId ? (
                <a href={hrefOf('logs', ['incident', f.incidentId])}>{f.incidentNumber ?? f.incidentId}</a>
              ) : (
                <a href={hrefOf('logs')}>{f.entryRef}</a>
              ),
          },
          { title: t('findings.col.by'), width: 100, render: (_v, f) => f.authorName },
        ]}
      />
      {adding ? <FindingDialog onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}
