import { useMemo, useState } from 'react';
import { Button, Card, Col, Descriptions, Empty, Result, Row, Skeleton, Space, Tag } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { ApiError } from '../../../../common/result';
import { useApiQuery } from '../../api/hooks';
import { Countdown } from '../../components/Countdown';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FirstPaintFirst } from '../../components/FirstPaintFirst';
import { GradeTag } from '../../components/GradeTag';
import { DrillBanner, DrillMarker } from '../../components/DrillMarker';
import { ResponseTag } from '../../components/ResponseTag';
import { ResponseDialog } from '../plans/ResponseDialog';
import { ReleasePanel } from '../releases/ReleasePanel';
import { DispatchPanel } from '../teams/DispatchPanel';
import { ConsultationsCard } from '../experts/ConsultationsCard';
import { FromWarning } from '../warnings/FromWarning';
import { toLocalText } from '../../components/localTime';
import { PageHeader } from '../../components/PageHeader';
import { navigate, hrefOf } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import {
  codeText,
  fieldDef,
  formatValue,
  intakeFigures,
  recorderText,
  type FormatCtx,
} from '../logs/entryFields';
import { useTownNames } from '../logs/hooks';
import { KIND_COLORS } from '../logs/entryText';
import { CorrectionDialog } from './CorrectionDialog';
import { EntryActions } from './EntryActions';
import { CasualtyLine, CorrectionLines, DeadlineList, EntryFields } from './IncidentBits';
import { StatusTag } from './IncidentsBoard';
import type { EntryView, IncidentDetailData } from './types';

/** Instruction entry id -> "leader：content", to show what a 批示落实 refers to. */
export function instructionNames(d: IncidentDetailData, t: FormatCtx['t']): Map<string, string> {
  return new Map(
    d.instructions.map((i) => [
      i.entryId,
      t('logs.detail.instructionOption', { leader: i.leader, content: i.content }),
    ]),
  );
}

/** Entries in the order things happened (ties: the order they were entered); corrections appear on their targets. */
export function timelineOrder(entries: EntryView[]): EntryView[] {
  return entries
    .filter((e) => e.kind !== 'correction')
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.seq - b.seq);
}

/** The first intake's fields that the facts card already shows (current values); its corrections still show. */
export const FACTS_SHOWN_ABOVE = [
  'receivedAt',
  'occurredAt',
  'place',
  'casualties',
  'relocated',
  'affected',
  'directLossWan',
  'losses',
  'gradeReason',
  'recorder',
  'description',
  'cause',
  'measures',
  'trend',
  'notified',
];

/** One incident: its facts, deadlines, instructions, the full timeline, and the next step. */
export function IncidentDetail({ id }: { id: string; operator: Operator }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const towns = useTownNames();
  const q = useApiQuery('incidents.get', { id });
  const [correcting, setCorrecting] = useState<EntryView | null>(null);
  const [responding, setResponding] = useState(false);

  const ctx: FormatCtx | null = useMemo(
    () => (q.data ? { t, tz, towns, instructions: instructionNames(q.data, t) } : null),
    [q.data, t, tz, towns],
  );

  if (q.isPending) return <Skeleton active className="dr-page" />;
  if (q.isError) {
    const missing = q.error instanceof ApiError && q.error.code === 'not_found';
    return (
      <div className="dr-page">
        {missing ? (
          <Result
            status="404"
            title={t('errors.incident_missing')}
            extra={
              <Button onClick={() => navigate(hrefOf('logs', ['incidents']))}>
                {t('logs.detail.toBoard')}
              </Button>
            }
          />
        ) : (
          <ErrorAlert error={q.error} />
        )}
      </div>
    );
  }
  const d = q.data;
  const inc = d.incident;
  const intake = d.intake;
  const open = inc.status === 'pending' || inc.status === 'active';
  const timeline = timelineOrder(d.entries);
  const firstIntake = d.entries.find((e) => e.kind === 'intake');
  const firstIntakeId = firstIntake?.id;
  const c = ctx!;
  const place = formatValue(fieldDef('intake', 'place'), intake.place, c);

  return (
    <div className="dr-page dr-incident-page" data-testid="incident-detail">
      <DrillBanner number={inc.drill?.number} />
      {responding ? (
        <ResponseDialog target={{ kind: 'incident', incident: inc }} onClose={() => setResponding(false)} />
      ) : null}
      <PageHeader
        title={`${inc.number} ${inc.title}`}
        subtitle={
          <Space wrap size={8} className="dr-incident-sub">
            <DrillMarker number={inc.drill?.number} />
            <GradeTag grade={inc.grade} />
            <StatusTag status={inc.status} />
            <ResponseTag response={inc.response} />
            <FromWarning incidentId={inc.id} />
            <Tag>{t(`category.${inc.category}`)}</Tag>
            <Tag>{t(`subtype.${inc.subtype}`)}</Tag>
            {place ? <span>{place}</span> : null}
          </Space>
        }
        extra={
          <Space>
            {open ? (
              <Button
                danger={!inc.response}
                onClick={() => setResponding(true)}
                data-testid="response-button"
              >
                {t('plans.response.open')}
              </Button>
            ) : null}
            <Button
              onClick={() =>
                navigate(hrefOf('supplies', ['orders'], { incident: inc.id, ...(open ? { new: '1' } : {}) }))
              }
              data-testid="supply-orders-button"
            >
              {t('supplyOrders.fromIncident')}
            </Button>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(hrefOf('logs', ['incidents']))}>
              {t('logs.detail.toBoard')}
            </Button>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => navigate(hrefOf('print/incident', [inc.id], { auto: 1 }))}
              data-testid="print-button"
            >
              {t('logs.detail.print')}
            </Button>
          </Space>
        }
      />
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={16}>
          <Card size="small" title={t('logs.detail.facts')} className="dr-detail-card">
            <Descriptions
              size="small"
              bordered
              column={2}
              items={[
                {
                  key: 'received',
                  label: t('logs.field.receivedAt'),
                  children: toLocalText(intake.receivedAt, tz),
                },
                {
                  key: 'occurred',
                  label: t('logs.field.occurredAt'),
                  children: toLocalText(intake.occurredAt, tz) || '—',
                },
                {
                  key: 'channel',
                  label: t('logs.field.channel'),
                  children: t(`channel.${intake.channel}`),
                },
                {
                  key: 'caller',
                  label: t('logs.field.caller'),
                  children: formatValue(fieldDef('intake', 'caller'), intake.caller, c) || '—',
                },
                { key: 'place', label: t('logs.field.place'), children: place || '—', span: 2 },
                {
                  key: 'casualties',
                  label: t('logs.field.casualties'),
                  children: <CasualtyLine c={inc.casualties} />,
                  span: 2,
                },
                ...intakeFigures(intake, c).map(([key, label, children]) => ({ key, label, children })),
                { key: 'losses', label: t('logs.field.losses'), children: inc.losses || '—', span: 2 },
                ...(intake.gradeReason
                  ? [
                      {
                        key: 'gradeReason',
                        label: t('logs.field.gradeReason'),
                        children: intake.gradeReason,
                        span: 2,
                      },
                    ]
                  : []),
                {
                  key: 'desc',
                  label: t('logs.field.description'),
                  children: <span className="dr-pre">{intake.description || '—'}</span>,
                  span: 2,
                },
                { key: 'cause', label: t('logs.field.cause'), children: intake.cause || '—', span: 2 },
                {
                  key: 'measures',
                  label: t('logs.field.measures'),
                  children: <span className="dr-pre">{intake.measures || '—'}</span>,
                  span: 2,
                },
                { key: 'trend', label: t('logs.field.trend'), children: intake.trend || '—', span: 2 },
                {
                  key: 'notified',
                  label: t('logs.field.notified'),
                  children: formatValue(fieldDef('intake', 'notified'), intake.notified, c) || '—',
                  span: 2,
                },
                {
                  key: 'recorder',
                  label: t('logs.field.recorder'),
                  children: recorderText(intake, firstIntake?.authorName ?? '', t),
                  span: 2,
                },
              ]}
            />
          </Card>
          {/* The facts and deadlines paint first; the next-step form, the timeline and the side
              panels come in the next task (a saved intake shows its incident at once: ui.intake). */}
          <FirstPaintFirst>
            {/* The next step in the wide column: its kinds stay on one line with 批示落实 among them. */}
            <Card
              size="small"
              title={t('logs.detail.record')}
              className="dr-detail-card"
              data-testid="record"
            >
              <EntryActions detail={d} tz={tz} />
            </Card>
            <Card
              size="small"
              title={t('logs.detail.timeline', { n: timeline.length })}
              className="dr-detail-card"
              data-testid="timeline"
            >
              {timeline.length === 0 ? (
                <Empty />
              ) : (
                <ol className="dr-timeline">
                  {timeline.map((e) => (
                    <li
                      key={e.id}
                      className={`dr-tl-item dr-tl-${e.kind}`}
                      data-testid="timeline-entry"
                      data-kind={e.kind}
                    >
                      <div className="dr-tl-head">
                        <Tag color={KIND_COLORS[e.kind] ?? 'default'} className="dr-kind-tag">
                          {e.kind === 'report' && typeof e.data.stage === 'string'
                            ? `${t('kind.report')} · ${codeText(t, 'report', 'stage', e.data.stage)}`
                            : t(`kind.${e.kind}`)}
                        </Tag>
                        <span className="dr-tl-time dr-tabular" data-testid="entry-time">
                          {toLocalText(e.occurredAt, tz)}
                        </span>
                        <span className="dr-tl-meta dr-muted" data-testid="entry-meta">
                          {t('logs.detail.enteredBy', {
                            at: toLocalText(e.enteredAt, tz),
                            who: e.authorName,
                          })}
                        </span>
                        {e.corrections.length > 0 ? (
                          <Tag color="orange" icon={<EditOutlined />} data-testid="corrected-mark">
                            {t('logs.list.corrected')}
                          </Tag>
                        ) : null}
                        <span className="dr-grow" />
                        {/* A dispatch step is put right by the next step (errors.dispatch_no_correction). */}
                        {e.kind === 'dispatch' ? null : (
                          <Button
                            size="small"
                            type="text"
                            icon={<EditOutlined />}
                            onClick={() => setCorrecting(e)}
                            data-testid="correct-button"
                          >
                            {t('logs.detail.correct')}
                          </Button>
                        )}
                      </div>
                      <EntryFields
                        entry={e}
                        ctx={c}
                        skip={
                          e.id === firstIntakeId ? FACTS_SHOWN_ABOVE : e.kind === 'report' ? ['stage'] : []
                        }
                      />
                      <CorrectionLines entry={e} ctx={c} />
                    </li>
                  ))}
                </ol>
              )}
            </Card>
          </FirstPaintFirst>
        </Col>
        <Col xs={24} xl={8}>
          <Card
            size="small"
            title={t('logs.detail.deadlines')}
            className="dr-detail-card"
            data-testid="deadlines"
          >
            {open && d.deadlines.next ? (
              <div
                className={`dr-next-due${d.deadlines.overdue ? ' dr-next-due-over' : ''}`}
                data-testid="next-due"
              >
                <div className="dr-muted">{t('logs.detail.nextDue')}</div>
                <Countdown
                  dueAt={d.deadlines.next.dueAt}
                  kind={d.deadlines.next.kind}
                  className="dr-countdown-big"
                />
              </div>
            ) : null}
            <DeadlineList deadlines={d.deadlines} tz={tz} />
          </Card>
          <FirstPaintFirst>
            <ReleasePanel incident={inc} />
            <DispatchPanel incident={inc} />
            <ConsultationsCard incidentId={inc.id} />
            <Card
              size="small"
              title={t('logs.detail.instructions')}
              className="dr-detail-card"
              data-testid="instructions"
            >
              {d.instructions.length === 0 ? (
                <p className="dr-muted">{t('logs.detail.noInstructions')}</p>
              ) : (
                <ul className="dr-instructions">
                  {d.instructions.map((i) => (
                    <li key={i.entryId} data-testid="instruction">
                      <div>
                        <Tag
                          color={
                            i.status === 'done' ? 'green' : i.status === 'in_progress' ? 'blue' : 'magenta'
                          }
                        >
                          {t(`logs.instructionState.${i.status}`)}
                        </Tag>
                        <span className="dr-strong">{i.leader}</span>
                        <span className="dr-muted dr-tabular"> {toLocalText(i.at, tz)}</span>
                      </div>
                      <div>{i.content}</div>
                      {i.result ? (
                        <div className="dr-muted">
                          {t('logs.detail.instructionResult', { result: i.result })}
                        </div>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </FirstPaintFirst>
        </Col>
      </Row>
      {correcting ? (
        <CorrectionDialog
          entry={d.entries.find((e) => e.id === correcting.id) ?? correcting}
          ctx={c}
          instructions={d.instructions}
          onClose={() => setCorrecting(null)}
        />
      ) : null}
    </div>
  );
}
