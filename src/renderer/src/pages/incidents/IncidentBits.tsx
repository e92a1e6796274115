import { Tag } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EntryView, OutputOf } from './types';
import type { Casualties } from '../../../../common/domain/incidents';
import { Countdown } from '../../components/Countdown';
import { toLocalText } from '../../components/localTime';
import { fieldDef, fieldLabel, formatValue, shownFields, type FormatCtx } from '../logs/entryFields';

/** 死亡 0 · 受伤 1 · 失踪 0 · 被困 2, with any dead or missing in red. */
export function CasualtyLine({ c }: { c: Casualties }) {
  const { t } = useTranslation();
  return (
    <span className="dr-casualties dr-tabular" data-testid="casualties">
      {(['dead', 'injured', 'missing', 'trapped'] as const).map((k) => (
        <span
          key={k}
          className={`dr-casualty${c[k] > 0 ? ` dr-casualty-${k === 'dead' || k === 'missing' ? 'grave' : 'some'}` : ''}`}
        >
          {t(`logs.casualties.${k}`)} <strong>{c[k]}</strong>
        </span>
      ))}
    </span>
  );
}

type Deadlines = OutputOf<'incidents.get'>['deadlines'];

/** Every reporting deadline of an incident: due when, done when, on time or late. */
export function DeadlineList({ deadlines, tz }: { deadlines: Deadlines; tz: string }) {
  const { t } = useTranslation();
  if (deadlines.items.length === 0) return <p className="dr-muted">{t('logs.detail.noDeadlines')}</p>;
  return (
    <ul className="dr-deadlines" data-testid="deadline-items">
      {deadlines.items.map((d, i) => (
        <li
          key={`${d.kind}-${d.dueAt}-${i}`}
          className={`dr-deadline${d.late ? ' dr-deadline-late' : ''}`}
          data-testid="deadline-item"
        >
          <div className="dr-deadline-head">
            <span className="dr-strong">{t(`deadline.${d.kind}`)}</span>
            <Tag>{t(`gradeShort.${d.grade}`)}</Tag>
            <span className="dr-muted dr-tabular">
              {t('logs.detail.dueAt', { at: toLocalText(d.dueAt, tz) })}
            </span>
          </div>
          <div className="dr-deadline-state">
            {d.doneAt ? (
              d.late ? (
                <Tag color="red" icon={<ExclamationCircleOutlined />}>
                  {t('logs.detail.doneLate', { at: toLocalText(d.doneAt, tz) })}
                </Tag>
              ) : (
                <Tag color="green" icon={<CheckCircleOutlined />}>
                  {t('logs.detail.doneOnTime', { at: toLocalText(d.doneAt, tz) })}
                </Tag>
              )
            ) : (
              <>
                <ClockCircleOutlined className="dr-muted" /> <Countdown dueAt={d.dueAt} />
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The fields of one entry as label/value rows (plain text, never HTML), corrected fields marked. */
export function EntryFields({
  entry,
  ctx,
  skip = [],
}: {
  entry: EntryView;
  ctx: FormatCtx;
  skip?: string[];
}) {
  const corrected = new Set(entry.corrections.flatMap((c) => Object.keys(c.changes)));
  const rows = shownFields(entry.kind, entry.data)
    .filter((d) => !skip.includes(d.key))
    .map((d) => ({ def: d, text: formatValue(d, entry.data[d.key], ctx) }))
    .filter((r) => r.text !== '');
  if (rows.length === 0) return null;
  return (
    <dl className="dr-entry-fields">
      {rows.map(({ def, text }) => (
        <div key={def.key} className={`dr-entry-field${def.multiline ? ' dr-entry-field-wide' : ''}`}>
          <dt>{fieldLabel(ctx.t, entry.kind, def.key)}</dt>
          <dd className={corrected.has(def.key) ? 'dr-corrected-value' : undefined}>{text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Each correction of an entry: 字段：原值 → 新值（原因，更正人，时间）. */
export function CorrectionLines({ entry, ctx }: { entry: EntryView; ctx: FormatCtx }) {
  const { t } = ctx;
  if (entry.corrections.length === 0) return null;
  return (
    <ul className="dr-corrections" data-testid="corrections">
      {entry.corrections.map((c) => (
        <li key={c.id} className="dr-correction" data-testid="correction">
          <span className="dr-correction-label">{t('kind.correction')}</span>
          {Object.keys(c.changes).map((k, i) => {
            const def = fieldDef(entry.kind, k);
            const empty = t('logs.correction.empty');
            return (
              <span key={k} className="dr-correction-change">
                {i > 0 ? t('logs.listSeparator') : null}
                {fieldLabel(t, entry.kind, k)}
                {t('logs.colon')}
                <del className="dr-old-value">{formatValue(def, c.before[k], ctx) || empty}</del>
                {' → '}
                <ins className="dr-new-value">{formatValue(def, c.changes[k], ctx) || empty}</ins>
              </span>
            );
          })}
          <span className="dr-correction-why">
            {t('logs.correction.why', {
              reason: c.reason,
              who: c.authorName,
              at: toLocalText(c.at, ctx.tz),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
