import { Fragment, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecipientView, WarningView } from '../../../../common/contract/warnings';
import { isLive, type WarningRules } from '../../../../common/domain/warnings';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { Countdown } from '../../components/Countdown';
import { DrillBanner } from '../../components/DrillMarker';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSharedNow } from '../../components/useSharedNow';
import { hrefOf } from '../../router/hash';
import { useFormatDateTime } from '../../time/useRoomTime';
import { ResponseDialog } from '../plans/ResponseDialog';
import { CapExportButtons } from './CapButtons';
import { ForwardDialog } from './ForwardDialog';
import { IncidentDialog } from './IncidentDialog';
import { AckDialog, CallDialog, CancelDialog } from './RecipientDialogs';
import { endedResponse, recipientName, stateOf, statusOf } from './useWarningClock';
import { LevelTag, StateTag } from './WarningTags';

/**
 * The recipients table's columns: 叫应 and 回执 a share of the width, never less than a time
 * and its status on one line (2026/07/10 14:24 已接通（值班员）, .dr-warn-status); sent and
 * the actions as wide as their content; the recipient's name takes the rest.
 */
const SENT_WIDTH = 165;
const STATUS_WIDTH = '22%';
const ACTIONS_WIDTH = 100;

type Dialog =
  | { kind: 'forward' }
  | { kind: 'cancel' }
  | { kind: 'incident' }
  | { kind: 'response' }
  | { kind: 'call'; r: RecipientView }
  | { kind: 'ack'; r: RecipientView }
  | null;

/** What each card of the warning's page is given: the warning, the rules, a way to open a dialog. */
interface CardProps {
  w: WarningView;
  rules: WarningRules;
  onDialog: (d: Dialog) => void;
}

/** One warning: what was received, and each recipient's own 叫应 calls and 回执 against the rules. */
export function WarningDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useApiQuery('warnings.get', { id });
  const [dialog, setDialog] = useState<Dialog>(null);
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Card loading />;
  const { warning: w, rules } = q.data;
  return (
    <>
      <DrillBanner number={w.drillId ? t('warnings.drill') : null} />
      <WarningCard w={w} rules={rules} onDialog={setDialog} />
      <ResponseCard w={w} rules={rules} onDialog={setDialog} />
      <RecipientsCard w={w} rules={rules} onDialog={setDialog} />
      {dialog?.kind === 'forward' ? <ForwardDialog warning={w} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'incident' ? <IncidentDialog warning={w} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'response' ? (
        <ResponseDialog
          target={{ kind: 'warning', warning: w }}
          endOnly={!isLive(stateOf(w, rules, Date.now()))}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'cancel' ? <CancelDialog warningId={w.id} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'call' ? <CallDialog recipient={dialog.r} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'ack' ? <AckDialog recipient={dialog.r} onClose={() => setDialog(null)} /> : null}
    </>
  );
}

function WarningCard({ w, rules, onDialog }: CardProps) {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const now = useSharedNow();
  const state = stateOf(w, rules, now);
  return (
    <Card
      title={
        <Space wrap>
          <LevelTag level={w.level} />
          <span data-testid="warning-headline">{w.headline}</span>
          <StateTag state={state} />
        </Space>
      }
      extra={
        <Space>
          <a href={hrefOf('warnings')}>{t('warnings.back')}</a>
          <CapExportButtons warning={w} />
          {w.incidentId ? (
            <a href={hrefOf('logs', ['incident', w.incidentId])} data-testid="warning-incident">
              {t('warnings.incidentLink')}
            </a>
          ) : (
            <Button onClick={() => onDialog({ kind: 'incident' })} data-testid="warning-to-incident">
              {t('warnings.toIncident')}
            </Button>
          )}
          {isLive(state) ? (
            <>
              <Button onClick={() => onDialog({ kind: 'cancel' })}>{t('warnings.cancel')}</Button>
              <Button
                type="primary"
                onClick={() => onDialog({ kind: 'forward' })}
                data-testid="warning-forward"
              >
                {t('warnings.forward')}
              </Button>
            </>
          ) : null}
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'hazard', label: t('warnings.field.hazard'), children: t(`warningHazard.${w.hazard}`) },
          {
            key: 'issuer',
            label: t('warnings.field.issuer'),
            children: t('warnings.issuerLine', {
              issuer: w.issuer,
              source: t(`warningSource.${w.source}`),
              ref: w.issuerRef,
            }),
          },
          {
            key: 'towns',
            label: t('warnings.field.towns'),
            children: w.towns.map((x) => x.name).join(t('list.comma')),
          },
          { key: 'eff', label: t('warnings.field.effectiveAt'), children: fmt(w.effectiveAt) || '—' },
          { key: 'exp', label: t('warnings.field.expiresAt'), children: fmt(w.expiresAt) || '—' },
          {
            key: 'rec',
            label: t('warnings.field.receivedAt'),
            children: t('warnings.receivedLine', {
              at: fmt(w.receivedAt),
              by: w.receivedBy,
              channel: t(`warningChannel.${w.channel}`),
            }),
          },
          { key: 'cap', label: t('warnings.field.capIdentifier'), children: <code>{w.capIdentifier}</code> },
        ]}
      />
      {w.body ? <p className="dr-warn-body">{w.body}</p> : null}
      {w.supersedes ? (
        <p>
          <a href={hrefOf('warnings', [w.supersedes])}>{t('warnings.updateOf', { headline: '' })}</a>
        </p>
      ) : null}
      {w.supersededBy ? (
        <p>
          <a href={hrefOf('warnings', [w.supersededBy])}>{t('warnings.updatedBy')}</a>
        </p>
      ) : null}
      {w.cancelled ? (
        <p data-testid="warning-cancelled">
          {t('warnings.cancelled', {
            reason: w.cancelled.reason,
            by: w.cancelled.by,
            at: fmt(w.cancelled.at),
          })}
        </p>
      ) : null}
    </Card>
  );
}

/**
 * 预警响应: the response started under a plan from this warning — level, plan, since, who
 * decided, the document — with its decisions in order; 启动 while the warning is in force,
 * 调整 / 终止 while it runs. A warning lifted or expired under a running response asks for its end.
 */
function ResponseCard({ w, rules, onDialog }: CardProps) {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const now = useSharedNow();
  const state = stateOf(w, rules, now);
  const live = isLive(state);
  const r = w.response;
  const ended = endedResponse(w);
  const action = r ? (
    <Button
      danger={!live}
      type={live ? 'default' : 'primary'}
      onClick={() => onDialog({ kind: 'response' })}
      data-testid="warning-response-change"
    >
      {live ? t('warnings.response.change') : t('warnings.response.end')}
    </Button>
  ) : live ? (
    <Button onClick={() => onDialog({ kind: 'response' })} data-testid="warning-response-start">
      {t('warnings.response.start')}
    </Button>
  ) : null;
  if (!r && w.responseSteps.length === 0 && !live) return null;
  return (
    <Card
      title={
        <Space wrap>
          <span>{t('warnings.response.card')}</span>
          {r ? (
            <Tag color="volcano" variant="solid" data-testid="warning-response-level" data-level={r.level}>
              {t('warnings.response.running', { level: r.level })}
            </Tag>
          ) : ended ? (
            <Tag data-testid="warning-response-ended-tag">
              {ended.level
                ? t('warnings.response.endedTag', { level: ended.level })
                : t('warnings.response.endedTagNoLevel')}
            </Tag>
          ) : null}
        </Space>
      }
      extra={action}
      className="dr-section"
      data-testid="warning-response"
    >
      {r && !live ? (
        <Alert
          type="warning"
          showIcon
          className="dr-warn-response-over"
          data-testid="warning-response-over"
          title={t('warnings.response.over', { state })}
        />
      ) : null}
      {r ? (
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'plan', label: t('warnings.response.plan'), children: r.planName },
            {
              key: 'since',
              label: t('warnings.response.since'),
              children: <span className="dr-tabular">{fmt(r.since)}</span>,
            },
            ...(r.adjustedAt
              ? [
                  {
                    key: 'adj',
                    label: t('warnings.response.adjustedAt'),
                    children: <span className="dr-tabular">{fmt(r.adjustedAt)}</span>,
                  },
                ]
              : []),
            { key: 'by', label: t('warnings.response.decidedBy'), children: r.decidedBy },
            { key: 'doc', label: t('warnings.response.document'), children: r.document || '—' },
          ]}
        />
      ) : ended ? (
        <>
          <p data-testid="warning-response-ended">
            {ended.level
              ? t('warnings.response.ended', { level: ended.level, at: fmt(ended.endedAt) })
              : t('warnings.response.endedNoLevel', { at: fmt(ended.endedAt) })}
          </p>
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'plan', label: t('warnings.response.plan'), children: ended.planName || '—' },
              {
                key: 'since',
                label: t('warnings.response.since'),
                children: <span className="dr-tabular">{fmt(ended.since) || '—'}</span>,
              },
              {
                key: 'ended',
                label: t('warnings.response.endedAt'),
                children: <span className="dr-tabular">{fmt(ended.endedAt)}</span>,
              },
              { key: 'by', label: t('warnings.response.endedBy'), children: ended.decidedBy },
              { key: 'doc', label: t('warnings.response.endDocument'), children: ended.document || '—' },
            ]}
          />
        </>
      ) : (
        <p className="dr-warn-sub">{t('warnings.response.none')}</p>
      )}
      {w.responseSteps.length > 0 ? (
        <>
          <div className="dr-warn-sub dr-warn-response-history">{t('warnings.response.history')}</div>
          <ul className="dr-warn-calls" data-testid="warning-response-steps">
            {w.responseSteps.map((s) => (
              <li key={s.id}>
                {t('warnings.response.step', {
                  at: fmt(s.at),
                  action: s.action,
                  level: s.level
                    ? t('warnings.response.stepLevel', { level: s.level })
                    : t('warnings.response.stepEnd'),
                  plan: s.planName,
                  by: s.decidedBy,
                  doc: s.document ? t('warnings.response.stepDoc', { doc: s.document }) : '',
                  recorded: s.recordedBy,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}

function RecipientsCard({ w, rules, onDialog }: CardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fmt = useFormatDateTime();
  const now = useSharedNow();
  const live = isLive(stateOf(w, rules, now));
  const byId = new Map(w.recipients.map((r) => [r.id, r]));
  const escalate = useApiMutation('warnings.escalate', {
    onSuccess: (res, input) => {
      const next = res.warning.recipients.find((r) => r.escalatedFrom === input.recipientId);
      void message.success(t('warnings.escalated', { name: next ? recipientName(next) : '' }));
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Card title={t('warnings.recipients')} className="dr-section">
      <Table<RecipientView>
        rowKey="id"
        dataSource={w.recipients}
        pagination={false}
        size="small"
        data-testid="warning-recipients"
        locale={{ emptyText: t('warnings.noRecipients') }}
        rowClassName={(r) => (statusOf(r, rules, now).escalate ? 'dr-warn-row-late' : '')}
        onRow={(r) => ({ 'data-recipient': recipientName(r) }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('warnings.col.recipient'),
            render: (_v, r) => (
              <div>
                <div data-testid="recipient-name">
                  <Whole parts={[r.unit, r.person || r.post]} sep=" " />
                </div>
                <div className="dr-warn-sub">
                  <Whole parts={[r.townName, r.phone]} sep=" · " />
                </div>
                {r.escalatedFrom ? (
                  <div className="dr-warn-sub" data-testid="recipient-escalated-from">
                    {r.auto ? (
                      <>
                        <span className="dr-warn-whole dr-tabular">{fmt(r.sentAt)}</span>{' '}
                        {t('warnings.autoEscalatedFrom', {
                          name: recipientName(byId.get(r.escalatedFrom) ?? r),
                        })}
                      </>
                    ) : (
                      t('warnings.escalatedFrom', { name: recipientName(byId.get(r.escalatedFrom) ?? r) })
                    )}
                  </div>
                ) : null}
                {r.escalatedTo ? (
                  <Tag color="orange" data-testid="recipient-escalated">
                    {t(byId.get(r.escalatedTo)?.auto ? 'warnings.autoEscalatedTo' : 'warnings.escalatedTo', {
                      name: recipientName(byId.get(r.escalatedTo) ?? r),
                    })}
                  </Tag>
                ) : null}
              </div>
            ),
          },
          {
            title: t('warnings.col.sent'),
            width: SENT_WIDTH,
            render: (_v, r) => (
              <span data-testid="recipient-sent">
                <span className="dr-warn-whole dr-tabular">{fmt(r.sentAt)}</span>{' '}
                <span className="dr-warn-whole">{t(`forwardChannel.${r.channel}`)}</span>
              </span>
            ),
          },
          {
            title: t('warnings.col.call'),
            width: STATUS_WIDTH,
            render: (_v, r) => <CallCell r={r} rules={rules} now={now} />,
          },
          {
            title: t('warnings.col.ack'),
            width: STATUS_WIDTH,
            render: (_v, r) => {
              const s = statusOf(r, rules, now);
              if (r.ack)
                return (
                  <div className="dr-warn-status" data-testid="recipient-ack">
                    <span className="dr-warn-whole dr-tabular">{fmt(r.ack.at)}</span>{' '}
                    <span className="dr-warn-whole">
                      {t('warnings.ackBy', { by: r.ack.by, how: r.ack.how })}
                    </span>
                    {r.ack.late ? (
                      <Tag color="red" className="dr-res-inline-tag" data-testid="ack-late">
                        {t('warnings.ackLate')}
                      </Tag>
                    ) : null}
                    {r.ack.note ? (
                      <div className="dr-warn-sub" data-testid="recipient-ack-note">
                        {r.ack.note}
                      </div>
                    ) : null}
                  </div>
                );
              if (r.escalatedTo) return '—';
              return (
                <div className="dr-warn-status" data-testid="recipient-ack-due">
                  <Countdown dueAt={s.ackDue} className="dr-warn-whole" />
                  {s.escalate ? <div className="dr-warn-late">{t('warnings.escalateNow')}</div> : null}
                </div>
              );
            },
          },
          {
            title: t('warnings.col.actions'),
            width: ACTIONS_WIDTH,
            render: (_v, r) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => onDialog({ kind: 'call', r })}>
                  {t('warnings.logCall')}
                </Button>
                {r.ack ? null : (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => onDialog({ kind: 'ack', r })}
                    data-testid="recipient-acknowledge"
                  >
                    {t('warnings.acknowledge')}
                  </Button>
                )}
                {!r.ack && !r.escalatedTo && live ? (
                  <Button
                    type="link"
                    size="small"
                    danger={statusOf(r, rules, now).escalate}
                    loading={escalate.isPending && escalate.variables?.recipientId === r.id}
                    onClick={() => escalate.mutate({ recipientId: r.id, channel: 'phone' })}
                    data-testid="recipient-escalate"
                  >
                    {t('warnings.escalate')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/**
 * Pieces of a line that each stay whole (a name, a town, a phone number): Chinese breaks
 * between any two characters, so a line too long for its cell breaks only between them.
 */
function Whole({ parts, sep }: { parts: readonly (string | null | undefined)[]; sep: string }) {
  const shown = parts.filter((p): p is string => Boolean(p));
  return shown.map((p, i) => (
    <Fragment key={i}>
      {i > 0 ? sep : null}
      <span className="dr-warn-whole">{p}</span>
    </Fragment>
  ));
}

function CallCell({ r, rules, now }: { r: RecipientView; rules: WarningRules; now: number }) {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const s = statusOf(r, rules, now);
  const answered = r.calls.find((c) => c.answered);
  const missed = r.calls.filter((c) => !c.answered).length;
  return (
    <div className="dr-warn-status" data-testid="recipient-call">
      {!r.needsCall ? <span className="dr-warn-sub">{t('warnings.callNone')}</span> : null}
      {answered ? (
        <span data-testid="recipient-call-answered">
          <span className="dr-warn-whole dr-tabular">{fmt(answered.at)}</span>{' '}
          <span className="dr-warn-whole">
            {t('warnings.callAnswered', { who: answered.answeredBy || '—' })}
          </span>
          {s.callLate ? (
            <Tag color="red" className="dr-res-inline-tag">
              {t('warnings.callLate')}
            </Tag>
          ) : null}
        </span>
      ) : r.needsCall && s.callLate ? (
        <Tag color="red" data-testid="call-late">
          {t('warnings.callLate')}
        </Tag>
      ) : r.needsCall && s.callDue && !r.ack ? (
        <Countdown dueAt={s.callDue} className="dr-warn-whole" />
      ) : null}
      {missed > 0 ? (
        <div className="dr-warn-late dr-warn-whole">{t('warnings.callsMissed', { n: missed })}</div>
      ) : null}
      {r.calls.length > 0 ? (
        <ul className="dr-warn-calls" data-testid="call-log">
          {r.calls.map((c) => (
            <li key={c.id}>
              <span className="dr-warn-whole dr-tabular">{fmt(c.at)}</span>{' '}
              {t('warnings.callLine', { by: c.by })}
              <span className="dr-warn-whole">
                {c.answered ? `${t('warnings.answeredYes')} ${c.answeredBy}` : t('warnings.answeredNo')}
              </span>
              {/* What was said on the call (转告镇长, 再拨): kept with it, shown with it. */}
              {c.note ? <div data-testid="call-note">{c.note}</div> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
