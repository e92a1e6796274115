import { useEffect, useRef, useState } from 'react';
import { Card, Col, Drawer, List, Row, Select, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { StatBar, StatFigure, StatRecord, StatsQuery } from '../../../../common/contract/statistics';
import { KEY_FIGURE_BARS, isKeyFigure, type KeyFigure } from '../../../../common/domain/statistics';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import type { TKey } from '../../i18n/keys';
import { hrefOf, navigate, replaceHash, useHashRoute } from '../../router/hash';
import { formatDateTime } from '../../time/format';
import { figureEmptiness } from './figureEmpty';
import { FigureEmpty } from './FigureEmpty';
import { fitName } from './fitName';
import { recordHref } from './recordHref';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { PeriodSelect } from '../assessment/PeriodSelect';
import { periodOptions } from '../assessment/periods';

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/** A bar's name in the reader's language: register names as they are, codes through the catalogs. */
function barName(
  t: (k: TKey, o?: Record<string, unknown>) => string,
  metric: StatFigure['metric'],
  b: StatBar,
): string {
  if (b.label) return b.label.startsWith('drillDomain.') ? t(b.label as TKey) : b.label;
  switch (metric) {
    case 'incidents.period':
      return b.key.length === 10 ? b.key.slice(5) : b.key;
    case 'incidents.category':
      return t(`category.${b.key}` as TKey);
    case 'incidents.type':
      return t(`subtype.${b.key}` as TKey);
    case 'incidents.grade':
      return t(`gradeShort.${b.key}` as TKey);
    case 'incidents.town':
      return b.key === 'none' ? t('statistics.noTown') : b.key;
    case 'reports.lateMinutes':
      return b.key === 'more' ? t('statistics.bar.more') : t('statistics.bar.minutes', { n: b.key });
    case 'checks.kind':
    case 'faults.kind':
      return t(`equipmentKind.${b.key}` as TKey);
    case 'spotChecks.seconds':
      return b.key === 'more' ? t('statistics.bar.more') : t('statistics.bar.seconds', { n: b.key.slice(1) });
    default:
      return t(`statistics.bar.${b.key}` as TKey);
  }
}

/**
 * Figures whose bars are names of any length and number (事件类型, 事发乡镇, a depot):
 * drawn as horizontal bars, one name a line, so they never run into each other.
 */
const HORIZONTAL: ReadonlySet<StatFigure['metric']> = new Set([
  'incidents.type',
  'incidents.town',
  'stock.below',
  'checks.kind',
  'faults.kind',
]);
const AXIS_NAME_WIDTH = 112;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** An axis name cut to `px` with an ellipsis; the whole name shows on hover (its title). */
function NameTick({ x, y, payload, px, anchor }: TickProps & { px: number; anchor: 'end' | 'middle' }) {
  const name = String(payload?.value ?? '');
  const cut = fitName(name, px);
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dx={anchor === 'end' ? -4 : 0}
      dy={anchor === 'end' ? 4 : 14}
      textAnchor={anchor}
      fill="#595959"
      fontSize={12}
      data-testid="stat-axis-name"
    >
      <title>{name}</title>
      {cut}
    </text>
  );
}

type T = (k: TKey, o?: Record<string, unknown>) => string;

/** A figure's title, with the scheme's limits it was judged by. */
const figureTitle = (t: T, metric: StatFigure['metric'], q: StatsQuery) =>
  t(`statistics.fig.${metric}` as TKey, {
    seconds: q.limits.spotCheckSeconds,
    minutes: metric === 'warnings.call' ? q.limits.callMinutes : q.limits.ackMinutes,
  });

/** One bar whose records the panel lists: its figure, its key, its name and how many it counts. */
interface Part {
  metric: StatFigure['metric'];
  key: string;
  name: string;
  n: number;
}

/** What the records panel shows: one bar, or the bars behind a key figure of the desk. */
interface Open {
  title: string;
  parts: Part[];
}

/** The bars behind a key figure (a tile of the desk), those with records, as the period counts them. */
function keyFigureOpen(t: T, k: KeyFigure, q: StatsQuery): Open {
  const parts = KEY_FIGURE_BARS[k].flatMap(({ metric, keys }) => {
    const f = q.figures.find((x) => x.metric === metric);
    if (!f) return [];
    const bars = keys ? keys.map((key) => f.bars.find((b) => b.key === key)) : f.bars;
    return bars
      .filter((b): b is StatBar => b !== undefined && b.n > 0)
      .map((b) => ({
        metric,
        key: b.key,
        name: `${figureTitle(t, metric, q)} · ${barName(t, metric, b)}`,
        n: b.n,
      }));
  });
  return { title: t(`statistics.key.${k}`), parts };
}

/** `?period=` as 统计 reads it: a month (2026-12), a quarter (2026-Q4) or a year. */
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;

const periodAsked = (p: string | null): string | null => (p !== null && PERIOD.test(p) ? p : null);

/**
 * 统计 (`#/statistics`): every figure by period and town; a bar opens the records behind it.
 * `?period=<p>&figure=<key figure>` (a tile of the desk) opens on that period with the
 * records behind that key figure in the panel.
 *
 * The address drives the period, while the page is shown too: a link to another period
 * followed from within 统计, the address edited, Back and Forward move the page to it.
 * The period picker only writes the address (a history entry, as 排班's months do).
 * An address without `?period=` (the menu's) leaves the period as it is.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const route = useHashRoute();
  const asked = periodAsked(route.query.get('period'));
  const figure = route.query.get('figure');
  // The period asked for, else this month (the second of the options: the one running).
  const [period, setPeriod] = useState(() => asked ?? periodOptions(new Date(), tz).months[1]!);
  const [townCode, setTownCode] = useState<string | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  // A new period asked by the address is taken while rendering (not by an effect, which
  // would draw the old period once more); the panel of the old one's records closes.
  const [read, setRead] = useState(asked);
  if (asked !== read) {
    setRead(asked);
    if (asked !== null && asked !== period) {
      setPeriod(asked);
      setOpen(null);
    }
  }
  const pick = (p: string) => navigate(hrefOf('statistics', [], { period: p }));
  const towns = useApiQuery('geo.towns', {});
  const q = useApiQuery('stats.query', { period, townCode });
  // A key figure named by the address opens once per address, when its bars are counted.
  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (!isKeyFigure(figure)) {
      opened.current = null;
      return;
    }
    const at = `${period}|${figure}`;
    if (!q.data || q.data.period !== period || opened.current === at) return;
    opened.current = at;
    setOpen(keyFigureOpen(t, figure, q.data));
  }, [q.data, period, figure, t]);
  const close = () => {
    setOpen(null);
    // Coming back (or reloading) finds the figures, not the panel again.
    if (isKeyFigure(figure)) replaceHash(hrefOf('statistics', [], { period }));
  };
  return (
    <div className="dr-page" data-testid="statistics-page">
      <PageHeader
        title={t('statistics.title')}
        subtitle={t('statistics.subtitle')}
        extra={
          <Space>
            <PeriodSelect value={period} onChange={pick} />
            <Select<string>
              value={townCode ?? ''}
              onChange={(v) => setTownCode(v === '' ? null : v)}
              style={{ minWidth: 160 }}
              aria-label={t('statistics.town')}
              data-testid="statistics-town"
              options={[
                { value: '', label: t('statistics.allTowns') },
                ...(towns.data ?? []).map((x) => ({ value: x.code, label: x.name })),
              ]}
            />
          </Space>
        }
      />
      <ErrorAlert error={q.error} />
      {q.data ? <Figures q={q.data} onOpen={setOpen} /> : q.isPending ? <Skeleton active /> : null}
      <Records period={period} townCode={townCode} open={open} onClose={close} />
    </div>
  );
}

function Figures({ q, onOpen }: { q: StatsQuery; onOpen: (o: Open) => void }) {
  const { t } = useTranslation();
  const totals: [TKey, string][] = [
    ['statistics.total.incidents', String(q.totals.incidents)],
    ['statistics.total.initialOnTime', pct(q.totals.initialOnTime)],
    ['statistics.total.followupKept', pct(q.totals.followupKept)],
    ['statistics.total.spotAnswered', pct(q.totals.spotAnswered)],
    ['statistics.total.checkCompliance', pct(q.totals.checkCompliance)],
  ];
  return (
    <div data-testid="statistics-figures" data-period={q.period}>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {totals.map(([k, v]) => (
          <Col key={k} xs={12} xl={4}>
            <Card size="small" data-testid={`stat-total-${k.slice('statistics.total.'.length)}`}>
              <Statistic title={t(k)} value={v} />
            </Card>
          </Col>
        ))}
        {q.totals.exercise > 0 ? (
          <Col xs={24} xl={4}>
            <Typography.Text type="secondary">
              {t('statistics.exercise', { n: q.totals.exercise })}
            </Typography.Text>
          </Col>
        ) : null}
      </Row>
      <Row gutter={[16, 16]}>
        {q.figures.map((f) => (
          <Col key={f.metric} xs={24} xl={f.metric === 'incidents.period' ? 24 : 12}>
            <FigureCard f={f} q={q} onOpen={onOpen} />
          </Col>
        ))}
      </Row>
    </div>
  );
}

function FigureCard({ f, q, onOpen }: { f: StatFigure; q: StatsQuery; onOpen: (o: Open) => void }) {
  const { t } = useTranslation();
  const title = figureTitle(t, f.metric, q);
  const data = f.bars.map((b) => ({ key: b.key, name: barName(t, f.metric, b), n: b.n, of: b.of }));
  const horizontal = HORIZONTAL.has(f.metric);
  // Nothing to draw: words in place of empty axes.
  const empty = figureEmptiness(f);
  // Figures counted against something (drills planned, checks owed) draw that too, lighter.
  const against = f.metric === 'drills.domain' ? 'planned' : f.metric === 'checks.kind' ? 'owed' : null;
  // Under a vertical bar a name gets its share of the narrowest card (half of 统计 at
  // 1366 px: about 480 px of plot); the days of a month are spaced by recharts itself.
  const axisPx =
    f.metric === 'incidents.period' ? Infinity : Math.max(36, Math.floor(480 / Math.max(1, data.length)) - 6);
  const openBar = (key: string, name: string) =>
    onOpen({
      title: `${title} · ${name}`,
      parts: [{ metric: f.metric, key, name, n: data.find((b) => b.key === key)?.n ?? 0 }],
    });
  const tags = (
    <Space size={4}>
      {q.townCode && f.scope === 'county' ? <Tag>{t('statistics.countyWide')}</Tag> : null}
      {f.current ? <Tag>{t('statistics.current')}</Tag> : null}
    </Space>
  );
  return (
    <Card size="small" title={title} extra={tags} data-testid={`stat-${f.metric}`} data-figure={f.metric}>
      {empty ? (
        <FigureEmpty why={empty} />
      ) : (
        <ResponsiveContainer width="100%" height={horizontal ? Math.max(160, data.length * 28 + 40) : 220}>
          <BarChart
            data={data}
            layout={horizontal ? 'vertical' : 'horizontal'}
            margin={
              horizontal
                ? { top: 4, right: 40, left: 0, bottom: 0 }
                : { top: 20, right: 16, left: 0, bottom: 0 }
            }
          >
            <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
            {horizontal ? (
              <>
                <XAxis type="number" allowDecimals={false} />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={AXIS_NAME_WIDTH}
                  interval={0}
                  tick={(p: TickProps) => <NameTick {...p} px={AXIS_NAME_WIDTH - 8} anchor="end" />}
                />
              </>
            ) : (
              <>
                <XAxis
                  dataKey="name"
                  interval={f.metric === 'incidents.period' ? 'preserveStartEnd' : 0}
                  tick={(p: TickProps) => <NameTick {...p} px={axisPx} anchor="middle" />}
                />
                <YAxis allowDecimals={false} />
              </>
            )}
            <Tooltip />
            {against ? (
              <Bar
                dataKey="of"
                name={t(`statistics.bar.${against}`)}
                fill="#9bb4d6"
                isAnimationActive={false}
              />
            ) : null}
            <Bar
              dataKey="n"
              name={
                against === 'planned'
                  ? t('statistics.bar.doneDrills')
                  : against === 'owed'
                    ? t('statistics.bar.done')
                    : title
              }
              fill="#1f4a85"
              cursor="pointer"
              isAnimationActive={false}
              onClick={(d: { payload?: { key: string; name: string } }) => {
                if (d.payload) openBar(d.payload.key, d.payload.name);
              }}
            >
              <LabelList dataKey="n" position={horizontal ? 'right' : 'top'} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
      {/* Every bar as a button too: the keyboard reaches the records, and so do tests. */}
      <Space size={[4, 4]} wrap>
        {data
          .filter((b) => b.n > 0)
          .map((b) => (
            <a
              key={b.key}
              role="button"
              tabIndex={0}
              data-testid={`stat-bar-${f.metric}-${b.key}`}
              onClick={() => openBar(b.key, b.name)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') openBar(b.key, b.name);
              }}
            >
              <Tag color="blue">
                {b.name} {b.n}
                {b.of !== null ? ` / ${b.of}` : ''}
              </Tag>
            </a>
          ))}
      </Space>
    </Card>
  );
}

function Records({
  period,
  townCode,
  open,
  onClose,
}: {
  period: string;
  townCode: string | null;
  open: Open | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const parts = open?.parts ?? [];
  return (
    <Drawer
      open={open !== null}
      onClose={onClose}
      width={520}
      title={
        open ? t('statistics.records.title', { name: open.title, n: parts.reduce((a, p) => a + p.n, 0) }) : ''
      }
      data-testid="statistics-records"
    >
      {open && parts.length === 0 ? (
        <Typography.Text type="secondary">{t('statistics.records.none')}</Typography.Text>
      ) : null}
      {parts.map((p) => (
        <RecordsOfBar
          key={`${p.metric}/${p.key}`}
          period={period}
          townCode={townCode}
          part={p}
          heading={parts.length > 1}
          onFollow={onClose}
        />
      ))}
    </Drawer>
  );
}

/** The records of one bar, each a link to the record itself. */
function RecordsOfBar({
  period,
  townCode,
  part,
  heading,
  onFollow,
}: {
  period: string;
  townCode: string | null;
  part: Part;
  heading: boolean;
  onFollow: () => void;
}) {
  const { t, i18n } = useTranslation();
  const tz = useRoomTimeZone();
  const r = useApiQuery('stats.records', { period, townCode, metric: part.metric, key: part.key });
  const detail = (x: StatRecord) => {
    const d = x.detail;
    if (typeof d.minutesLate === 'number') return t('statistics.records.minutesLate', { n: d.minutesLate });
    if (typeof d.seconds === 'number') return t('statistics.records.seconds', { n: d.seconds });
    if (typeof d.quantity === 'number') return t('statistics.records.quantity', d);
    return '';
  };
  return (
    <section data-testid="statistics-records-part" data-metric={part.metric} data-key={part.key}>
      {heading ? (
        <Typography.Title level={5} className="dr-stat-part">
          {t('statistics.records.part', { name: part.name, n: part.n })}
        </Typography.Title>
      ) : null}
      <ErrorAlert error={r.error} />
      <List
        loading={r.isPending}
        dataSource={r.data?.items ?? []}
        renderItem={(x) => (
          <List.Item data-testid="statistics-record">
            <List.Item.Meta
              title={
                // Following a record closes the panel: coming back finds the figures, not a stale list.
                <a href={recordHref(x, tz)} onClick={onFollow} data-testid="statistics-record-link">
                  {[x.number, x.title || t('statistics.records.sealed')].filter(Boolean).join(' ')}
                </a>
              }
              description={[x.townName, x.at ? formatDateTime(x.at, i18n.language, tz) : null, detail(x)]
                .filter(Boolean)
                .join(' · ')}
            />
          </List.Item>
        )}
      />
    </section>
  );
}
