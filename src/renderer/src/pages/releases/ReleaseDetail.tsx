import { useState } from 'react';
import type { TFunction } from 'i18next';
import { Button, Card, Descriptions, Space, Table, Tag, Timeline } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import type { ReleaseStepView, ReleaseVersionView, ReleaseView } from '../../../../common/contract/releases';
import type { ReleaseState, ReleaseStep } from '../../../../common/domain/releases';
import { useApiQuery } from '../../api/hooks';
import { DrillBanner } from '../../components/DrillMarker';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toLocalText } from '../../components/localTime';
import { hrefOf } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { DraftDialog } from './DraftDialog';
import { ClockLine } from './ReleaseClocks';
import { ReleaseStateTag } from './ReleaseTags';
import { StepDialog } from './StepDialog';

type Dialog = { kind: 'step'; step: ReleaseStep } | { kind: 'revise' } | { kind: 'correct' } | null;

/** What can be done next, by where the latest version stands. */
const NEXT: Record<ReleaseState, readonly (ReleaseStep | 'revise' | 'correct')[]> = {
  draft: ['review', 'revise', 'withdraw'],
  reviewed: ['submit', 'revise', 'withdraw'],
  submitted: ['approve', 'return', 'revise', 'withdraw'],
  approved: ['publish', 'revise', 'withdraw'],
  returned: ['revise', 'withdraw'],
  released: ['correct', 'withdraw'],
  withdrawn: [],
};
const PRIMARY = new Set(['review', 'submit', 'approve', 'publish']);

/** One release: its current text, the approval chain step by step, its versions, and the next step. */
export function ReleaseDetail({ id, operator }: { id: string; operator: Operator }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const q = useApiQuery('releases.get', { id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const rel = q.data?.release;
  const clocks = useApiQuery('releases.clocks', { incidentId: rel?.incidentId ?? '' }, { enabled: !!rel });
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!rel) return <Card loading />;
  const v = rel.versions.at(-1)!;
  const leader = operator.role === 'leader' || operator.role === 'shift_chief';
  const kindClock = (clocks.data?.clocks ?? []).filter(
    (c) =>
      (c.kind === 'authoritative' && rel.kind === 'authoritative') ||
      (c.kind === 'press' && rel.kind === 'press'),
  );
  return (
    <>
      <DrillBanner number={rel.drillId ? t('releases.drill') : null} />
      <Card
        title={
          <Space wrap>
            <Tag color="blue">{t(`releaseKind.${rel.kind}`)}</Tag>
            <span data-testid="release-title">{v.title}</span>
            <ReleaseStateTag state={rel.state} />
          </Space>
        }
        extra={
          <Space wrap>
            <a href={hrefOf('releases')}>{t('releases.back')}</a>
            <a href={hrefOf('print/release', [rel.id])} data-testid="release-print">
              <PrinterOutlined /> {t('releases.printSheet')}
            </a>
          </Space>
        }
      >
        <Space wrap className="dr-rel-actions">
          {NEXT[rel.state].map((a) => (
            <Button
              key={a}
              type={PRIMARY.has(a) ? 'primary' : 'default'}
              danger={a === 'withdraw'}
              disabled={a === 'review' && !leader}
              title={a === 'review' && !leader ? t('releases.reviewLeaderOnly') : undefined}
              data-testid={`release-action-${a}`}
              onClick={() =>
                setDialog(a === 'revise' || a === 'correct' ? { kind: a } : { kind: 'step', step: a })
              }
            >
              {t(`releases.action.${a}`)}
            </Button>
          ))}
        </Space>
        <Descriptions
          size="small"
          column={3}
          items={[
            {
              key: 'inc',
              label: t('releases.field.incident'),
              children: (
                <a href={hrefOf('logs', ['incident', rel.incidentId])}>
                  {rel.incidentNumber} {rel.incidentTitle}
                </a>
              ),
            },
            {
              key: 'version',
              label: t('releases.field.version'),
              children: t('releases.versionLine', { n: v.n, by: v.author, at: toLocalText(v.createdAt, tz) }),
            },
            {
              key: 'hash',
              label: t('releases.field.hash'),
              children: <code data-testid="release-hash">{v.contentHash.slice(0, 16)}</code>,
            },
            {
              key: 'channels',
              label: t('releases.field.channels'),
              children: v.channels.map((c) => t(`releaseChannel.${c}`)).join(t('list.comma')),
            },
            {
              key: 'released',
              label: t('releases.field.releasedAt'),
              children: rel.releasedAt
                ? t('releases.releasedLine', { at: toLocalText(rel.releasedAt, tz), n: rel.releasedVersion })
                : '—',
            },
          ]}
        />
        {v.correction ? (
          <p className="dr-rel-correction">{t('releases.correctionOf', { reason: v.correction })}</p>
        ) : null}
        {kindClock.length ? (
          <div className="dr-rel-clocks dr-section">
            {kindClock.map((c) => (
              <ClockLine key={c.kind} c={c} />
            ))}
          </div>
        ) : null}
        <ReleaseText v={v} />
      </Card>
      <Card title={t('releases.chain')} className="dr-section" data-testid="release-chain">
        <Chain rel={rel} />
      </Card>
      <Card title={t('releases.versions')} className="dr-section">
        <Versions versions={rel.versions} />
      </Card>
      {dialog?.kind === 'step' ? (
        <StepDialog step={dialog.step} release={rel} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'revise' || dialog?.kind === 'correct' ? (
        <DraftDialog mode={dialog.kind} release={rel} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}

/** The text as the public will read it, section by section. */
export function ReleaseText({ v }: { v: ReleaseVersionView }) {
  const { t } = useTranslation();
  return (
    <div className="dr-rel-text" data-testid="release-text">
      {(['facts', 'measures', 'advice'] as const).map((s) => (
        <section key={s}>
          <h4>{t(`releases.field.${s}`)}</h4>
          <p className="dr-pre">{v[s] || '—'}</p>
        </section>
      ))}
    </div>
  );
}

export function stepLine(t: TFunction, s: ReleaseStepView): string {
  const parts = [s.who];
  if (s.post) parts.push(t(`releasePost.${s.post}`));
  if (s.how) parts.push(t(`releaseHow.${s.how}`));
  if (s.ref) parts.push(s.ref);
  if (s.channels.length) parts.push(s.channels.map((c) => t(`releaseChannel.${c}`)).join(t('list.comma')));
  return parts.join(' · ');
}

function Chain({ rel }: { rel: ReleaseView }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const drafted = rel.versions.map((v) => ({ kind: 'version' as const, at: v.createdAt, v }));
  const steps = rel.steps.map((s) => ({ kind: 'step' as const, at: s.at, s }));
  const items = [...drafted, ...steps].sort((a, b) => a.at.localeCompare(b.at));
  const colour = (s: ReleaseStep) =>
    s === 'publish'
      ? 'green'
      : s === 'approve'
        ? 'cyan'
        : s === 'return' || s === 'withdraw'
          ? 'red'
          : 'blue';
  return (
    <Timeline
      items={items.map((x) =>
        x.kind === 'version'
          ? {
              key: x.v.id,
              color: 'gray',
              children: (
                <div data-testid="chain-item" data-step="draft">
                  <span className="dr-strong">
                    {x.v.correction
                      ? t('releases.chainCorrection', { n: x.v.n })
                      : t('releases.chainDraft', { n: x.v.n })}
                  </span>{' '}
                  <span className="dr-tabular dr-muted">{toLocalText(x.v.createdAt, tz)}</span>
                  <div>{x.v.author}</div>
                </div>
              ),
            }
          : {
              key: x.s.id,
              color: colour(x.s.step),
              children: (
                <div data-testid="chain-item" data-step={x.s.step}>
                  <span className="dr-strong">
                    {t('releases.chainStep', {
                      step: t(
                        `releaseState.${x.s.step === 'review' ? 'reviewed' : x.s.step === 'submit' ? 'submitted' : x.s.step === 'approve' ? 'approved' : x.s.step === 'return' ? 'returned' : x.s.step === 'publish' ? 'released' : 'withdrawn'}`,
                      ),
                      n: x.s.version ?? '',
                    })}
                  </span>{' '}
                  <span className="dr-tabular dr-muted">{toLocalText(x.s.at, tz)}</span>
                  <div>{stepLine(t, x.s)}</div>
                  {x.s.comments ? <div className="dr-rel-comments">{x.s.comments}</div> : null}
                  {x.s.by !== x.s.who ? (
                    <div className="dr-muted">{t('releases.recordedBy', { by: x.s.by })}</div>
                  ) : null}
                </div>
              ),
            },
      )}
    />
  );
}

function Versions({ versions }: { versions: ReleaseVersionView[] }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  return (
    <Table<ReleaseVersionView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...versions].reverse()}
      expandable={{ expandedRowRender: (v) => <ReleaseText v={v} /> }}
      columns={[
        {
          title: t('releases.col.version'),
          width: 70,
          render: (_x, v) => t('releases.versionN', { n: v.n }),
        },
        { title: t('releases.field.title'), dataIndex: 'title' },
        {
          title: t('releases.col.state'),
          width: 130,
          render: (_x, v) => <ReleaseStateTag state={v.state} />,
        },
        { title: t('releases.col.author'), width: 110, dataIndex: 'author' },
        {
          title: t('releases.col.at'),
          width: 150,
          className: 'dr-tabular',
          render: (_x, v) => toLocalText(v.createdAt, tz),
        },
        {
          title: t('releases.field.hash'),
          width: 160,
          render: (_x, v) => <code>{v.contentHash.slice(0, 16)}</code>,
        },
      ]}
    />
  );
}
