import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
} from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../common/contract';
import { name, text } from '../../../../common/contract/shared';
import {
  REPORT_MEANS,
  REPORT_STAGES,
  type Grade,
  type ReportStage,
} from '../../../../common/domain/incidents';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { DateTimeInput, dateTimeRule } from '../../components/DateTimeInput';
import { useEnterNavigation } from '../../components/enterNavigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LineArea } from '../../components/LineArea';
import { resolveLocalText, toLocalText } from '../../components/localTime';
import { requiredRule, zodRule } from '../../forms/rules';
import { INSTRUCTION_PROGRESS, VERIFY_MEANS, VERIFY_RESULTS, fieldLabel } from '../logs/entryFields';
import { takeNextActionFocus } from './nextActionFocus';
import { CloseChecks } from './CloseChecks';
import { ReportTargetInput } from '../logs/ReportTargetInput';
import { clocksEnded, hasFinalReport } from '../../../../common/closing';
import type { IncidentDetailData } from './types';
import { gradeOptions, keyboardSearch } from '../../forms/optionMatch';
import type { TKey } from '../../i18n/keys';

export const OPEN_KINDS = [
  'verify',
  'followup',
  'report',
  'instruction',
  'instruction_done',
  'feedback',
  'close',
  'withdraw',
] as const;
export type ActionKind = (typeof OPEN_KINDS)[number] | 'reopen';

type AddInput = InputOf<'incidents.addEntry'>;

/** Where typing starts in each step's form. */
const FIRST_FIELD: Record<ActionKind, string> = {
  verify: 'with',
  followup: 'with',
  report: 'to',
  instruction: 'leader',
  instruction_done: 'result',
  feedback: 'to',
  close: 'summary',
  withdraw: 'reason',
  reopen: 'reason',
};
type Values = Record<string, unknown> & { occurredAt: string };

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The steps the closed loop allows now (ARCHITECTURE.md §3: core checks the same). */
export function allowedKinds(d: IncidentDetailData): ActionKind[] {
  const open = d.incident.status === 'pending' || d.incident.status === 'active';
  if (!open) return ['reopen'];
  const pendingInstr = d.instructions.some((i) => i.status !== 'done');
  return OPEN_KINDS.filter((k) => k !== 'instruction_done' || pendingInstr);
}

const reportsOf = (d: IncidentDetailData) =>
  d.entries.filter((e) => e.kind === 'report').map((e) => ({ stage: e.data.stage as ReportStage }));
const openClocksOf = (d: IncidentDetailData) =>
  d.deadlines.items.filter((i) => i.doneAt === null).map((i) => i.kind);

function dataOf(kind: ActionKind, v: Values, d: IncidentDetailData): AddInput['data'] {
  switch (kind) {
    case 'verify':
      return {
        with: str(v.with),
        means: v.means as 'phone',
        result: v.result as 'confirmed',
        notes: str(v.notes),
      };
    case 'followup': {
      const grade = v.grade as Grade | undefined;
      const losses = str(v.losses);
      return {
        with: str(v.with),
        means: v.means as 'phone',
        content: str(v.content),
        ...(v.changedCasualties
          ? {
              casualties: {
                dead: Number(v.dead ?? 0),
                injured: Number(v.injured ?? 0),
                missing: Number(v.missing ?? 0),
                trapped: Number(v.trapped ?? 0),
              },
            }
          : {}),
        ...(grade && grade !== d.incident.grade ? { grade } : {}),
        ...(losses && losses !== d.incident.losses ? { losses } : {}),
      };
    }
    case 'report':
      return {
        stage: v.stage as 'initial',
        to: str(v.to),
        means: v.means as 'phone',
        content: str(v.content),
      };
    case 'instruction':
      return { leader: str(v.leader), content: str(v.content) };
    case 'instruction_done':
      return { instructionId: String(v.instructionId), status: v.status as 'done', result: str(v.result) };
    case 'feedback':
      return { to: str(v.to), content: str(v.content) };
    case 'close': {
      const why = str(v.noFinalReport);
      const ends = clocksEnded(openClocksOf(d));
      return {
        summary: str(v.summary),
        ...(why && !hasFinalReport({ reports: reportsOf(d) }) ? { noFinalReport: why } : {}),
        ...(ends.length > 0 && v.confirmClocks ? { endsClocks: ends } : {}),
      };
    }
    case 'withdraw':
      return { reason: str(v.reason), falseAlarm: Boolean(v.falseAlarm) };
    case 'reopen':
      return { reason: str(v.reason) };
  }
}

function initialValues(kind: ActionKind, d: IncidentDetailData, openedAt: string, tz: string): Values {
  const base = { occurredAt: toLocalText(openedAt, tz) };
  const reports = d.entries.filter((e) => e.kind === 'report');
  switch (kind) {
    case 'verify':
      return { ...base, means: 'phone', result: 'confirmed' };
    case 'followup':
      return {
        ...base,
        means: 'phone',
        changedCasualties: false,
        ...d.incident.casualties,
        grade: d.incident.grade,
      };
    case 'report':
      return {
        ...base,
        stage: reports.length === 0 ? 'initial' : 'continued',
        means: 'phone',
        to: String(reports.at(-1)?.data.to ?? ''),
      };
    case 'instruction_done': {
      const first = d.instructions.find((i) => i.status !== 'done');
      // 落实中 unless said otherwise: a first progress note must not close the leader's instruction.
      return { ...base, status: 'in_progress', ...(first ? { instructionId: first.entryId } : {}) };
    }
    case 'withdraw':
      return { ...base, falseAlarm: false };
    default:
      return base;
  }
}

/**
 * 记录处置: one form per step of the closed loop, keyboard first (Enter moves on,
 * Ctrl+Enter saves), each with the time it happened (default: when the form opened).
 */
export function EntryActions({ detail, tz }: { detail: IncidentDetailData; tz: string }) {
  const { t } = useTranslation();
  const kinds = allowedKinds(detail);
  const preferred: ActionKind =
    detail.incident.status === 'pending' ? 'verify' : kinds.includes('followup') ? 'followup' : kinds[0]!;
  const [chosen, setChosen] = useState<ActionKind>(preferred);
  const kind = kinds.includes(chosen) ? chosen : preferred;
  // A new form (new client key, time reset) after every save and on every switch of kind.
  const [round, setRound] = useState(0);
  return (
    <div className="dr-actions" data-testid="entry-actions">
      <Radio.Group
        optionType="button"
        value={kind}
        onChange={(e) => {
          setChosen(e.target.value as ActionKind);
          setRound((r) => r + 1);
        }}
        options={kinds.map((k) => ({ value: k, label: t(`logs.action.${k}`) }))}
        className="dr-action-kinds"
        aria-label={t('logs.detail.actionKind')}
      />
      <EntryForm
        key={`${kind}-${round}`}
        kind={kind}
        detail={detail}
        tz={tz}
        onSaved={() => setRound((r) => r + 1)}
      />
    </div>
  );
}

function EntryForm({
  kind,
  detail,
  tz,
  onSaved,
}: {
  kind: ActionKind;
  detail: IncidentDetailData;
  tz: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [opened] = useState(() => ({ at: new Date().toISOString(), key: newClientKey() }));
  const add = useApiMutation('incidents.addEntry');
  const operators = useApiQuery('operators.list', {});
  const id = detail.incident.id;
  const req = requiredRule(t);
  const label = (k: string) => fieldLabel(t, kind, k);
  const openInstr = detail.instructions.filter((i) => i.status !== 'done');
  const blockedClose = kind === 'close' && openInstr.length > 0;

  const submit = async () => {
    if (add.isPending || blockedClose) return;
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const all = { ...(form.getFieldsValue(true) as Values), ...v };
    const occurredAt = resolveLocalText(all.occurredAt, tz, opened.at)!;
    add.mutate(
      {
        incidentId: id,
        clientKey: opened.key,
        occurredAt,
        kind,
        data: dataOf(kind, all, detail),
      } as AddInput,
      {
        onSuccess: () => {
          void message.success(t('logs.detail.saved', { kind: t(`logs.action.${kind}`) }));
          onSaved();
        },
      },
    );
  };
  const enterNav = useEnterNavigation(() => void submit());
  // Defaults follow the incident (初报 then 续报, current figures) until the form is touched.
  const entryCount = detail.entries.length;
  useEffect(() => {
    if (!form.isFieldsTouched()) form.setFieldsValue(initialValues(kind, detail, opened.at, tz));
  }, [entryCount]);
  const changedCasualties = Form.useWatch('changedCasualties', form) as boolean | undefined;
  // Straight from the intake: the cursor waits in the step's first field (its time defaults to now).
  useEffect(() => {
    if (!takeNextActionFocus(id)) return;
    const timer = setTimeout(() => form.focusField(FIRST_FIELD[kind]), 0);
    return () => clearTimeout(timer);
  }, []);

  const usedTargets = (k: string) =>
    detail.entries.filter((e) => e.kind === k).map((e) => String(e.data.to ?? ''));
  const previousTargets = [...new Set(usedTargets('report'))].filter(Boolean);
  // 情况反馈 goes back to whoever asked or told: the leaders who gave instructions, the
  // reporting unit and caller, the units already notified or reported to.
  const feedbackTargets = [
    ...new Set([
      ...usedTargets('feedback'),
      ...detail.instructions.map((i) => i.leader),
      detail.intake.caller.unit,
      detail.intake.caller.name,
      ...detail.intake.notified.map((n) => n.who),
      ...previousTargets,
    ]),
  ].filter(Boolean);
  const leaders = (operators.data ?? []).filter((o) => o.role === 'leader').map((o) => ({ value: o.name }));
  const line = (k: string, max: number, required = true) => (
    <Form.Item name={k} label={label(k)} rules={[...(required ? [req] : []), zodRule(name(max), t)]}>
      {max <= 100 ? <Input maxLength={max} /> : <LineArea maxLength={max} />}
    </Form.Item>
  );
  const select = <C extends string>(k: string, codes: readonly C[], labelOf: (code: C) => TKey) => (
    <Form.Item name={k} label={label(k)} rules={[req]}>
      <Select showSearch={keyboardSearch} options={codes.map((c) => ({ value: c, label: t(labelOf(c)) }))} />
    </Form.Item>
  );

  return (
    <div ref={enterNav} className="dr-entry-form" data-testid={`form-${kind}`}>
      <Form<Values>
        form={form}
        layout="vertical"
        name={`entry-${kind}`}
        initialValues={initialValues(kind, detail, opened.at, tz)}
      >
        <Form.Item
          name="occurredAt"
          label={t('logs.field.occurredAtEntry')}
          rules={[req, dateTimeRule(tz, t('logs.time.invalid'), { notFuture: t('logs.time.future') })]}
        >
          <DateTimeInput timeZone={tz} />
        </Form.Item>
        {kind === 'verify' ? (
          <>
            {line('with', 60)}
            <Row gutter={8}>
              <Col span={12}>{select('means', VERIFY_MEANS, (c) => `means.${c}`)}</Col>
              <Col span={12}>{select('result', VERIFY_RESULTS, (c) => `verifyResult.${c}`)}</Col>
            </Row>
            <Form.Item name="notes" label={label('notes')} rules={[zodRule(text(2000), t)]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        ) : kind === 'followup' ? (
          <>
            {line('with', 60)}
            {select('means', VERIFY_MEANS, (c) => `means.${c}`)}
            {line('content', 4000)}
            <Form.Item name="changedCasualties" valuePropName="checked">
              <Checkbox>{t('logs.detail.casualtiesChanged')}</Checkbox>
            </Form.Item>
            {changedCasualties ? (
              <Row gutter={8}>
                {(['dead', 'injured', 'missing', 'trapped'] as const).map((k) => (
                  <Col span={6} key={k}>
                    <Form.Item name={k} label={t(`logs.casualties.${k}`)}>
                      <InputNumber className="dr-full-width" min={0} max={100000} precision={0} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            ) : null}
            <Row gutter={8}>
              <Col span={12}>
                <Form.Item name="grade" label={t('logs.detail.gradeNow')}>
                  <Select showSearch={keyboardSearch} options={gradeOptions((g) => t(`grade.${g}`))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="losses" label={t('logs.detail.lossesNow')} rules={[zodRule(text(500), t)]}>
                  <Input maxLength={500} placeholder={detail.incident.losses} />
                </Form.Item>
              </Col>
            </Row>
          </>
        ) : kind === 'report' ? (
          <>
            <Row gutter={8}>
              <Col span={12}>{select('stage', REPORT_STAGES, (c) => `stage.${c}`)}</Col>
              <Col span={12}>{select('means', REPORT_MEANS, (c) => `means.${c}`)}</Col>
            </Row>
            <Form.Item name="to" label={label('to')} rules={[req, zodRule(name(60), t)]}>
              <ReportTargetInput recent={previousTargets} maxLength={60} />
            </Form.Item>
            <Form.Item name="content" label={label('content')} rules={[zodRule(text(4000), t)]}>
              <Input.TextArea rows={2} maxLength={4000} />
            </Form.Item>
          </>
        ) : kind === 'instruction' ? (
          <>
            <Form.Item name="leader" label={label('leader')} rules={[req, zodRule(name(30), t)]}>
              <AutoComplete
                options={leaders}
                filterOption={(input, o) => String(o?.value ?? '').includes(input)}
                maxLength={30}
              />
            </Form.Item>
            {line('content', 2000)}
          </>
        ) : kind === 'instruction_done' ? (
          <>
            <Form.Item name="instructionId" label={label('instructionId')} rules={[req]}>
              <Select
                showSearch={keyboardSearch}
                options={openInstr.map((i) => ({
                  value: i.entryId,
                  label: t('logs.detail.instructionOption', { leader: i.leader, content: i.content }),
                }))}
              />
            </Form.Item>
            <Form.Item name="status" label={label('status')} rules={[req]}>
              <Radio.Group
                options={INSTRUCTION_PROGRESS.map((s) => ({
                  value: s,
                  label: t(`logs.instructionProgress.${s}`),
                }))}
              />
            </Form.Item>
            {line('result', 2000)}
          </>
        ) : kind === 'feedback' ? (
          <>
            <Form.Item name="to" label={label('to')} rules={[req, zodRule(name(60), t)]}>
              <ReportTargetInput recent={feedbackTargets} maxLength={60} />
            </Form.Item>
            {line('content', 2000)}
          </>
        ) : kind === 'close' ? (
          <>
            {blockedClose ? (
              <Alert
                type="warning"
                showIcon
                className="dr-form-alert"
                title={t('errors.close_open_instructions', { count: openInstr.length })}
              />
            ) : null}
            {line('summary', 2000)}
            {/* One thing at a time: the open instructions come first, then the 终报 and the clocks. */}
            {blockedClose ? null : <CloseChecks detail={detail} tz={tz} />}
          </>
        ) : kind === 'withdraw' ? (
          <>
            {line('reason', 500)}
            <Form.Item name="falseAlarm" valuePropName="checked">
              <Checkbox>{label('falseAlarm')}</Checkbox>
            </Form.Item>
          </>
        ) : (
          line('reason', 500)
        )}
      </Form>
      <ErrorAlert error={add.error} />
      <div className="dr-entry-form-actions">
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={add.isPending}
          disabled={add.isPending || blockedClose}
          onClick={() => void submit()}
          data-enter-stop
          data-testid="entry-save"
          danger={kind === 'withdraw'}
        >
          {t('logs.detail.save', { kind: t(`logs.action.${kind}`) })}
        </Button>
        <span className="dr-muted">{t('logs.form.keys')}</span>
      </div>
    </div>
  );
}
