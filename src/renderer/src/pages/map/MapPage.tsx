import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, App, Segmented, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AroundResult } from '../../../../common/contract/map';
import { DEFAULT_RADII_M } from '../../../../common/domain/facilities';
import { offsetM, type LonLat } from '../../../../common/geo/distance';
import { apiClient, isDesktop } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { getToken } from '../../api/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { navigate, useHashRoute, hrefOf } from '../../router/hash';
import { useFormatDateTime } from '../../time/useRoomTime';
import { useMapIcons } from '../../map/useMapIcons';
import type { MapCanvasHandle } from '../../map/MapCanvas';
import type { PopupActions, PopupItem, PopupText } from '../../map/popup';
import { LAYER_KEYS, isOpen, type CountyBasemap, type LayerKey } from '../../map/style';
import { AroundPanel, type Selection } from './AroundPanel';
import { LayerPanel } from './LayerPanel';
import { MapSearch, type SearchHit } from './MapSearch';
import { readStored, useStoredState } from './prefs';
import { useWarmQuery, warmCall } from './warm';
import './map.css';

// maplibre (~1 MB) loads while the page asks the host for its data, not after. Taken as
// a module rather than React.lazy: a lazy component that suspends is revealed up to
// 300 ms late (React throttles Suspense fallbacks), and the map is what the page is for.
const canvasModule = import('../../map/MapCanvas');
type CanvasModule = Awaited<typeof canvasModule>;

function useCanvasModule(): CanvasModule | null {
  const [mod, setMod] = useState<CanvasModule | null>(null);
  useEffect(() => {
    let live = true;
    void canvasModule.then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, []);
  return mod;
}

const RANGES = ['open', '7d', '30d', '90d', 'all'] as const;
type Range = (typeof RANGES)[number];
const HOUR = 3_600_000;

/** Closed incidents received since when (rounded to the hour, so the query stays the same within it). */
function closedSinceOf(range: Range): string | undefined {
  if (range === 'all') return undefined;
  const now = Math.ceil(Date.now() / HOUR) * HOUR;
  const days = range === 'open' ? 0 : Number(range.slice(0, -1));
  return new Date(now - days * 24 * HOUR + (range === 'open' ? HOUR : 0)).toISOString();
}

/**
 * The app was opened on the map: ask for its data now, while the session is checked
 * and the page renders (called by the shell; the page's queries take the answers).
 */
export function warmUpMap(): void {
  if (!isDesktop() && !getToken('operator')) return;
  const q = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const param = q.get('range');
  const range = isRange(param) ? param : readStored('duty-room.map.range', '30d', isRange);
  const closedSince = closedSinceOf(range);
  warmCall('map.layers', closedSince ? { closedSince } : {});
  warmCall('geo.basemap', {});
  warmCall('map.basemap', {});
  warmCall('geo.towns', {});
}

const isRange = (v: unknown): v is Range =>
  typeof v === 'string' && (RANGES as readonly string[]).includes(v);
const isVisible = (v: unknown): v is Record<LayerKey, boolean> =>
  typeof v === 'object' &&
  v !== null &&
  LAYER_KEYS.every((k) => typeof (v as Record<string, unknown>)[k] === 'boolean');
const isRadii = (v: unknown): v is number[] =>
  Array.isArray(v) &&
  v.length >= 1 &&
  v.length <= 5 &&
  v.every((x) => Number.isInteger(x) && x >= 100 && x <= 50_000);
const ALL_ON = Object.fromEntries(LAYER_KEYS.map((k) => [k, true])) as Record<LayerKey, boolean>;

/**
 * 一张图: the county offline, with incidents by grade and status, key facilities by
 * kind and supply depots; layer toggles and legend; search; and, around a selected
 * incident, rings and what lies inside them. `#/map?focus=incident:<id>` (or
 * facility:/depot:) opens it on one item; `range=all` shows every closed incident too.
 */
export function MapPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const route = useHashRoute();
  const fmt = useFormatDateTime();
  const [storedRange, setRange] = useStoredState<Range>('duty-room.map.range', '30d', isRange);
  const rangeParam = route.query.get('range');
  const range: Range = isRange(rangeParam) ? rangeParam : storedRange;
  const [visible, setVisible] = useStoredState('duty-room.map.layers', ALL_ON, isVisible);
  const [radiiM, setRadii] = useStoredState<number[]>('duty-room.map.radii', [...DEFAULT_RADII_M], isRadii);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [around, setAround] = useState<AroundResult | null>(null);
  const canvas = useRef<MapCanvasHandle>(null);
  const icons = useMapIcons();
  const canvasMod = useCanvasModule();

  const closedSince = useMemo(() => closedSinceOf(range), [range]);
  const layers = useWarmQuery('map.layers', closedSince ? { closedSince } : {}, {
    placeholderData: keepPreviousData,
  });
  const county = useWarmQuery('geo.basemap', {}, { staleTime: Infinity });
  const basemap = useWarmQuery('map.basemap', {});
  const towns = useWarmQuery('geo.towns', {}, { staleTime: Infinity });
  const teams = useApiQuery('teams.list', {});
  // The teams ride along with the layers: one data object for the canvas, redrawn when either changes.
  const data = useMemo(
    () => (layers.data ? { ...layers.data, teams: teams.data ?? [] } : undefined),
    [layers.data, teams.data],
  );

  const counts = useMemo(() => {
    const c = Object.fromEntries(LAYER_KEYS.map((k) => [k, 0])) as Record<LayerKey, number>;
    for (const i of layers.data?.incidents ?? [])
      c[isOpen(i.status) ? 'incidents-open' : 'incidents-closed']++;
    for (const f of layers.data?.facilities ?? []) c[`fac-${f.kind}`]++;
    c.depots = layers.data?.depots.length ?? 0;
    c.teams = (teams.data ?? []).filter((tm) => tm.point && !tm.archived).length;
    return c;
  }, [layers.data, teams.data]);

  const text = useMemo<PopupText>(() => ({ t, formatTime: (iso) => fmt(iso) }), [t, fmt]);

  const fitted = useRef('');
  const select = useCallback((s: Selection | null) => {
    setSelection(s);
    if (!s) {
      setAround(null);
      fitted.current = '';
    }
  }, []);

  const actionsFor = useCallback(
    (item: PopupItem): PopupActions => {
      if (item.kind === 'incident')
        return {
          around: () => select({ kind: 'incident', id: item.item.id }),
          open: () => navigate(hrefOf('logs', ['incident', item.item.id])),
        };
      if (item.kind === 'facility')
        return {
          around: () => select({ kind: 'point', point: item.item.point }),
          open: () => navigate(hrefOf('resources', ['facilities'], { q: item.item.name })),
        };
      if (item.kind === 'depot')
        return { open: () => navigate(hrefOf('resources', ['depots'], { q: item.item.name })) };
      if (item.kind === 'team')
        return {
          around: () => item.item.point && select({ kind: 'point', point: item.item.point }),
          open: () => navigate(hrefOf('teams', [], { team: item.item.id })),
        };
      return {};
    },
    [select],
  );

  // A new selection (or new radii): show all of its rings, clear of the panels.
  const onResult = useCallback((r: AroundResult | null) => {
    setAround(r);
    if (!r) return;
    const key = `${r.center.join(',')}|${r.radiiM.join(',')}`;
    if (fitted.current === key) return;
    fitted.current = key;
    const max = r.radiiM[r.radiiM.length - 1]!;
    const [w] = offsetM(r.center, max, -Math.PI / 2);
    const [e] = offsetM(r.center, max, Math.PI / 2);
    const [, n] = offsetM(r.center, max, 0);
    const [, s] = offsetM(r.center, max, Math.PI);
    canvas.current?.fitTo([w, s, e, n], { top: 70, bottom: 40, left: 440, right: 290 });
  }, []);

  const pick = useCallback(
    (hit: SearchHit) => {
      // An incident is framed with its rings once they are known (the panel says what it is);
      // anything else is flown to, its popup open.
      if (hit.item.kind === 'incident') {
        select({ kind: 'incident', id: hit.item.item.id });
        return;
      }
      canvas.current?.flyTo(hit.point, hit.item.kind === 'town' ? 13 : 16);
      canvas.current?.showPopup(hit.item, hit.point);
    },
    [select],
  );

  // A link to one item (#/map?focus=incident:<id>): once the data is there, go to it.
  const focus = route.query.get('focus');
  const focused = useRef<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!focus || !ready || !layers.data || focused.current === focus) return;
    if (focus.startsWith('team:') && !teams.data) return;
    focused.current = focus;
    const [kind, id] = focus.split(':');
    const d = layers.data;
    const item: PopupItem | null =
      kind === 'incident'
        ? ((x) => (x ? { kind: 'incident' as const, item: x } : null))(d.incidents.find((x) => x.id === id))
        : kind === 'facility'
          ? ((x) => (x ? { kind: 'facility' as const, item: x } : null))(
              d.facilities.find((x) => x.id === id),
            )
          : kind === 'depot'
            ? ((x) => (x ? { kind: 'depot' as const, item: x } : null))(d.depots.find((x) => x.id === id))
            : kind === 'team'
              ? ((x) => (x?.point ? { kind: 'team' as const, item: x } : null))(
                  teams.data?.find((x) => x.id === id),
                )
              : null;
    if (item) {
      pick({ key: focus, item, point: item.item.point as LonLat, label: '', sub: '', current: true });
      return;
    }
    // Not on the map: say why rather than leave the previous view as if it were the answer.
    if (kind !== 'incident' || !id) {
      void message.warning(t('map.focus.notFound'));
      return;
    }
    apiClient()
      .call('incidents.get', { id })
      .then(({ incident: inc }) =>
        message.warning(
          t(inc.point === null ? 'map.focus.noPoint' : 'map.focus.outOfRange', {
            number: inc.number,
            title: inc.title,
          }),
        ),
      )
      .catch(() => message.warning(t('map.focus.notFound')));
  }, [focus, ready, layers.data, teams.data, pick, message, t]);

  const selectedPoint: LonLat | null =
    around?.center ?? (selection?.kind === 'point' ? selection.point : null);
  const loading = !layers.data || !county.data || !basemap.data || !icons || !canvasMod;
  const error = layers.error ?? county.error ?? basemap.error;
  const fileKey = basemap.data
    ? `${basemap.data.config.kind}-${basemap.data.file?.version ?? ''}-${basemap.data.origins.join(',')}`
    : '';
  const onIdle = useCallback(() => setReady(true), []);

  return (
    <div className="dr-map-page" data-testid="map-page">
      {error ? <ErrorAlert error={error} className="dr-map-error" /> : null}
      {loading || !canvasMod ? (
        <Skeleton active className="dr-map-skeleton" />
      ) : (
        <canvasMod.MapCanvas
          key={fileKey}
          ref={canvas}
          county={county.data as CountyBasemap}
          basemap={basemap.data!}
          data={data!}
          icons={icons!}
          visible={visible}
          rings={around ? { center: around.center, radiiM: around.radiiM } : null}
          selected={selectedPoint}
          text={text}
          actionsFor={actionsFor}
          onIncidentClick={(id) => select({ kind: 'incident', id })}
          onContextPoint={(p) => select({ kind: 'point', point: p })}
          onIdle={onIdle}
        />
      )}
      <div className="dr-map-toolbar">
        <MapSearch data={layers.data} towns={towns.data} onPick={pick} />
        <Segmented<Range>
          className="dr-map-range"
          value={range}
          onChange={(v) => {
            setRange(v);
            if (rangeParam) navigate(hrefOf('map'));
          }}
          options={RANGES.map((r) => ({ value: r, label: t(`map.range.${r}`) }))}
          aria-label={t('map.range.label')}
        />
      </div>
      {basemap.data?.problem ? (
        <Alert
          className="dr-map-basemap-problem"
          type="warning"
          showIcon
          title={t('map.basemapProblem', { problem: basemap.data.problem.message })}
        />
      ) : null}
      <LayerPanel
        visible={visible}
        counts={counts}
        unlocated={layers.data?.unlocated ?? []}
        onToggle={(k, on) => setVisible({ ...visible, [k]: on })}
      />
      {selection ? (
        <AroundPanel
          selection={selection}
          radiiM={radiiM}
          onRadii={setRadii}
          onClose={() => select(null)}
          onFocus={(p, z) => canvas.current?.flyTo(p, z)}
          onResult={onResult}
        />
      ) : (
        <p className="dr-map-hint">{t('map.hint')}</p>
      )}
    </div>
  );
}
