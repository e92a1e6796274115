import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../common/contract';
import type { FaultView } from '../../../common/contract/equipment';
import type { DepotView, FacilityView } from '../../../common/contract/facilities';
import type { IncidentSummary } from '../../../common/contract/incidents';
import type { CampaignView } from '../../../common/contract/drills';
import type { Grade } from '../../../common/domain/incidents';
import { distanceM } from '../../../common/geo/distance';
import { GradeChip } from './GradeChip';
import { KeyFiguresRow, keyFiguresTitle, type KeyFigures } from './KeyFiguresPage';
import { Panel } from './Panel';
import { rowsThatFit, useHeight } from './fit';
import { shortTime } from './format';
import type { TKey } from '../i18n/keys';

/** Row heights in wall units (wall.css: .dr-wr-row, .dr-wr-row2). */
const ROW_U = 64;
const ROW2_U = 84;
const DAY_MS = 24 * 3600_000;
/** "Affected" key facilities: within this distance of an open incident. */
export const AFFECTED_RADIUS_M = 1000;

type EquipmentDue = OutputOf<'equipment.due'>;
type OnDuty = OutputOf<'roster.onDuty'>;

export interface RotatingSources {
  incidents: IncidentSummary[] | undefined;
  faults: FaultView[] | undefined;
  equipmentDue: EquipmentDue | undefined;
  duty: OnDuty | undefined;
  depots: DepotView[] | undefined;
  facilities: FacilityView[] | undefined;
  /** Drill campaigns (应急演练): the one with the nearest deadline is shown as a board. */
  campaigns?: CampaignView[] | undefined;
  /** This month's key figures (stats.keyFigures): a page of their own. */
  keyFigures?: KeyFigures | undefined;
}

interface DueItem {
  key: string;
  at: string;
  kind: string;
  what: string;
  grade: Grade | null;
}

/** Reporting deadlines, fault repair deadlines, checks falling due and the shift change, next 24 h. */
export function upcoming(s: RotatingSources, now: number, label: (key: TKey) => string): DueItem[] {
  const soon = (iso: string | null | undefined): iso is string => {
    if (!iso) return false;
    const t = new Date(iso).getTime();
    return t >= now && t - now <= DAY_MS;
  };
  const out: DueItem[] = [];
  for (const i of s.incidents ?? []) {
    if (i.nextDue && soon(i.nextDue.dueAt))
      out.push({
        key: `i-${i.id}`,
        at: i.nextDue.dueAt,
        kind: label(`deadline.${i.nextDue.kind}`),
        what: i.title,
        grade: i.grade,
      });
  }
  for (const f of s.faults ?? []) {
    if (soon(f.deadlineAt))
      out.push({
        key: `f-${f.id}`,
        at: f.deadlineAt,
        kind: label('wall.due.fault'),
        what: f.equipmentName,
        grade: null,
      });
  }
  for (const { equipment } of s.equipmentDue?.items ?? []) {
    if (soon(equipment.due.dueAt))
      out.push({
        key: `e-${equipment.id}`,
        at: equipment.due.dueAt!,
        kind: label('wall.due.check'),
        what: equipment.name,
        grade: null,
      });
  }
  if (s.duty && soon(s.duty.now.end))
    out.push({
      key: 'handover',
      at: s.duty.now.end,
      kind: label('wall.due.handover'),
      what: '',
      grade: null,
    });
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

export interface Affected {
  facility: FacilityView;
  incident: IncidentSummary;
  distance: number;
}

/** Key facilities within AFFECTED_RADIUS_M of an open incident, nearest first (each facility once). */
export function affectedFacilities(incidents: IncidentSummary[], facilities: FacilityView[]): Affected[] {
  const best = new Map<string, Affected>();
  for (const inc of incidents) {
    if (!inc.point) continue;
    for (const f of facilities) {
      if (!f.point || f.archived) continue;
      const d = distanceM(inc.point, f.point);
      if (d > AFFECTED_RADIUS_M) continue;
      const prior = best.get(f.id);
      if (!prior || d < prior.distance) best.set(f.id, { facility: f, incident: inc, distance: d });
    }
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance);
}

type Page = 'deadlines' | 'depots' | 'facilities' | 'campaign' | 'figures';

/** The campaign the wall shows: the open one with the nearest deadline, else the latest. */
export function wallCampaign(campaigns: CampaignView[] | undefined): CampaignView | null {
  const list = campaigns ?? [];
  const open = list.filter((c) => c.totals.closed < c.totals.planned || c.daysLeft >= 0);
  return [...open].sort((a, b) => a.deadline.localeCompare(b.deadline))[0] ?? list[0] ?? null;
}

/**
 * The rest, one page at a time: what falls due in the next 24 hours, depots below
 * their minimum stock, key facilities near open incidents. The page follows the
 * shared clock (no timer of its own); pages with nothing to say are skipped, except
 * the deadlines, whose "nothing due" is news too.
 */
export function RotatingPanel({
  sources,
  now,
  tz,
  u,
  intervalSeconds,
}: {
  sources: RotatingSources;
  now: number;
  tz: string;
  u: number;
  intervalSeconds: number;
}) {
  const { t, i18n } = useTranslation();
  const [listRef, height] = useHeight<HTMLOListElement>();
  const due = upcoming(sources, now, (k) => t(k));
  const short = (sources.depots ?? [])
    .filter((d) => !d.archived && d.short > 0)
    .sort((a, b) => b.short - a.short);
  const affected =
    sources.incidents && sources.facilities ? affectedFacilities(sources.incidents, sources.facilities) : [];
  const pages: Page[] = ['deadlines'];
  if (short.length > 0) pages.push('depots');
  if (affected.length > 0) pages.push('facilities');
  const campaign = wallCampaign(sources.campaigns);
  if (campaign && campaign.domains.length > 0) pages.push('campaign');
  if (sources.keyFigures) pages.push('figures');
  const index = Math.floor(now / (intervalSeconds * 1000)) % pages.length;
  const page = pages[index]!;
  const time = (iso: string) => shortTime(iso, now, i18n.language, tz);

  let rows: ReactNode[];
  if (page === 'deadlines') {
    rows = due.map((d) => (
      <li key={d.key} className="dr-wr-row" data-testid="wall-due">
        <span className="dr-wr-time dr-wall-num">{time(d.at)}</span>
        <span className="dr-wr-kind">{d.kind}</span>
        {d.grade ? <GradeChip grade={d.grade} /> : null}
        <span className="dr-wr-what">{d.what}</span>
      </li>
    ));
    if (rows.length === 0)
      rows = [
        <li key="none" className="dr-wall-empty">
          {t('wall.rotate.noDeadlines')}
        </li>,
      ];
  } else if (page === 'depots') {
    rows = short.map((d) => (
      <li key={d.id} className="dr-wr-row2" data-testid="wall-depot">
        <div className="dr-wr-line">
          <span className="dr-wr-what">{d.name}</span>
          <span className="dr-wr-alarm">{t('wall.depot.short', { n: d.short })}</span>
        </div>
        <div className="dr-wr-sub">
          {d.stock
            .filter((s) => s.short)
            .map((s) =>
              t('wall.depot.item', {
                item: s.item,
                quantity: s.quantity,
                minimum: s.minimum,
                unit: s.unit,
              }),
            )
            .join(t('wall.listSep'))}
        </div>
      </li>
    ));
  } else if (page === 'figures' && sources.keyFigures) {
    rows = [<KeyFiguresRow key="figures" figures={sources.keyFigures} />];
  } else if (page === 'campaign' && campaign) {
    rows = campaign.domains.map((d) => (
      <li
        key={d.id}
        className={`dr-wr-row2${d.overdue ? ' dr-wr-overdue' : ''}`}
        data-testid="wall-campaign-domain"
      >
        <div className="dr-wr-line">
          <span className="dr-wr-what">{d.name || t(`drillDomain.${d.domain}`)}</span>
          <span className="dr-wr-kind">{d.leadLeader}</span>
          <span className={d.overdue ? 'dr-wr-alarm' : 'dr-wr-phone dr-wall-num'}>
            {t('drills.wall.done', { done: d.counts.done, planned: d.counts.planned })}
          </span>
        </div>
        <div className="dr-wr-sub">
          {t('drills.wall.progress', {
            evaluated: d.counts.evaluated,
            closed: d.counts.closed,
            unit: d.leadUnit,
          })}
        </div>
      </li>
    ));
  } else {
    rows = affected.map((a) => (
      <li key={a.facility.id} className="dr-wr-row2" data-testid="wall-facility">
        <div className="dr-wr-line">
          <span className="dr-wr-kind">{t(`facilityKind.${a.facility.kind}`)}</span>
          <span className="dr-wr-what">{a.facility.name}</span>
          {a.facility.phone ? <span className="dr-wr-phone dr-wall-num">{a.facility.phone}</span> : null}
        </div>
        <div className="dr-wr-sub">
          {t('wall.facility.near', { title: a.incident.title, distance: Math.round(a.distance) })}
        </div>
      </li>
    ));
  }
  const fit = rowsThatFit(height, page === 'deadlines' ? ROW_U : ROW2_U, u);
  // What does not fit is counted, in place of the last row (five domains, two rows of room):
  // the room must not read a cut list as the whole of it.
  const visible = rows.length > fit ? rows.slice(0, Math.max(1, fit - 1)) : rows;
  const hidden = rows.length - visible.length;

  return (
    <Panel
      area="rotate"
      testId="wall-rotate"
      title={
        <span data-testid="wall-rotate-title" data-page={page}>
          {page === 'campaign' && campaign
            ? campaign.daysLeft >= 0
              ? t('drills.wall.title', { days: campaign.daysLeft })
              : t('drills.wall.titleOverdue', { days: -campaign.daysLeft })
            : page === 'figures' && sources.keyFigures
              ? keyFiguresTitle(t, sources.keyFigures)
              : t(`wall.rotate.${page as Exclude<Page, 'campaign' | 'figures'>}`)}
        </span>
      }
      extra={
        pages.length > 1 ? (
          <span className="dr-wall-num">{t('wall.rotate.page', { i: index + 1, n: pages.length })}</span>
        ) : null
      }
    >
      <ol className="dr-wr-list" ref={listRef}>
        {visible}
        {hidden > 0 ? (
          <li className="dr-wr-more" data-testid="wall-rotate-more">
            {t('wall.rotate.more', { n: hidden })}
          </li>
        ) : null}
      </ol>
    </Panel>
  );
}
