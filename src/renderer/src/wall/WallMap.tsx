import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeoJSONSource, Map as MapLibreMap, Marker } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import type { BasemapInfo, MapDepot, MapFacility, MapIncident } from '../../../common/contract/map';
import type { DepotView, FacilityView } from '../../../common/contract/facilities';
import type { IncidentSummary } from '../../../common/contract/incidents';
import { FACILITY_KINDS } from '../../../common/domain/facilities';
import { GRADE_COLORS, GRADES } from '../../../common/domain/incidents';
import type { LonLat } from '../../../common/geo/distance';
import { fontFaces } from '../map/fonts';
import { addIcons } from '../map/icons';
import { useMapIcons } from '../map/useMapIcons';
import { maplibregl } from '../map/maplibre';
import {
  EMPTY,
  buildStyle,
  depotFeatures,
  facilityFeatures,
  incidentFeatures,
  type CountyBasemap,
  type MapData,
} from '../map/style';
import { GradeChip } from './GradeChip';
import { Panel } from './Panel';
import { PULSE_MS } from './alarms';

/** The map style's smallest label is 12 px; the wall draws the whole map this much larger (24 px at 1080p). */
const MAP_LABEL_PX = 12;
/** The wall's smallest text, in wall units (wall.css). */
const WALL_TEXT_U = 24;

let pmtilesRegistered = false;

/** Open incidents, key facilities and depots as the map's own style wants them (from the wall's queries). */
export function wallMapData(
  incidents: IncidentSummary[],
  facilities: FacilityView[] | undefined,
  depots: DepotView[] | undefined,
): MapData {
  return {
    incidents: incidents
      .filter((i): i is IncidentSummary & { point: LonLat } => i.point !== null)
      .map((i): MapIncident => ({
        id: i.id,
        number: i.number,
        title: i.title,
        grade: i.grade,
        status: i.status,
        point: i.point,
        receivedAt: i.receivedAt,
        address: i.address,
      })),
    facilities: (facilities ?? [])
      .filter((f): f is FacilityView & { point: LonLat } => f.point !== null && !f.archived)
      .map((f): MapFacility => ({
        id: f.id,
        kind: f.kind,
        name: f.name,
        point: f.point,
        capacity: f.capacity,
        households: f.households,
        address: f.address,
        contact: f.contact,
        phone: f.phone,
      })),
    depots: (depots ?? [])
      .filter((d): d is DepotView & { point: LonLat } => d.point !== null && !d.archived)
      .map((d): MapDepot => ({
        id: d.id,
        name: d.name,
        point: d.point,
        address: d.address,
        keeper: d.keeper,
        phone: d.phone,
        items: d.stock.length,
        short: d.short,
      })),
  };
}

function extentOf(county: CountyBasemap): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of county.features) {
    if (f.properties.layer !== 'boundary' || f.geometry.type !== 'Polygon') continue;
    for (const [x, y] of (f.geometry.coordinates as LonLat[][])[0] ?? []) {
      w = Math.min(w, x);
      s = Math.min(s, y);
      e = Math.max(e, x);
      n = Math.max(n, y);
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

function setData(map: MapLibreMap, data: MapData) {
  const set = (id: string, d: GeoJSON.FeatureCollection) =>
    (map.getSource(id) as GeoJSONSource | undefined)?.setData(d);
  set('incidents-open', incidentFeatures(data.incidents, true));
  set('incidents-closed', EMPTY);
  for (const k of FACILITY_KINDS) set(`fac-${k}`, facilityFeatures(data.facilities, k));
  set('depots', depotFeatures(data.depots));
}

/**
 * The county map on the wall: the map area's own style (basemap, grade colours, icons,
 * shipped font), showing the open incidents by grade; no controls and no
 * interaction (nobody holds a mouse). It is drawn `k` times larger than on the desk,
 * by laying the map out at 1/k size and scaling it up with a canvas k times denser,
 * so its labels meet the wall's 24 px at 1080p. Incidents that just arrived pulse.
 */
export function WallMap({
  county,
  basemap,
  data,
  open,
  arrived,
  now,
  u,
}: {
  county: CountyBasemap;
  basemap: BasemapInfo | null;
  data: MapData;
  /**
   * Every open incident, located or not: the legend counts these. An incident reported
   * without a place is not drawn, but a Ⅰ级 one must never read as "Ⅰ级 0" across the room.
   */
  open: readonly Pick<IncidentSummary, 'grade'>[];
  arrived: ReadonlyMap<string, number>;
  now: number;
  u: number;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markers = useRef(new Map<string, Marker>());
  const icons = useMapIcons();
  const latest = useRef(data);
  // The county drawn now: the resize handler fits it, the import effect below replaces it.
  const drawnCounty = useRef(county);
  latest.current = data;
  const k = (WALL_TEXT_U * u) / MAP_LABEL_PX;

  // Created once the icons are there; the scale and the basemap are part of the key upstream.
  useEffect(() => {
    const el = box.current;
    if (!el || !icons) return;
    if (!pmtilesRegistered) {
      pmtilesRegistered = true;
      maplibregl.addProtocol('pmtiles', new Protocol().tile);
    }
    const extent = extentOf(county);
    const style = buildStyle({
      county,
      basemap,
      origin: window.location.origin,
      fontFaces: fontFaces(),
      data: latest.current,
      // Open incidents only, readable from across the room; facilities near them and
      // depots short of stock are listed in the rotating panel.
      visible: {
        'incidents-closed': false,
        depots: false,
        ...Object.fromEntries(FACILITY_KINDS.map((k) => [`fac-${k}`, false])),
      },
    });
    // Each open incident on its own, graver on top: a dozen points, not a cluster with a number.
    const open = style.sources['incidents-open'];
    if (open?.type === 'geojson') open.cluster = false;
    const map = new maplibregl.Map({
      container: el,
      style,
      ...(extent
        ? { bounds: extent, fitBoundsOptions: { padding: 12 } }
        : { center: [111.52, 27.46], zoom: 9 }),
      interactive: false,
      attributionControl: false,
      pixelRatio: (window.devicePixelRatio || 1) * k,
      localIdeographFontFamily: false,
      fadeDuration: 0,
    });
    mapRef.current = map;
    addIcons(map, icons);
    el.dataset.mapState = 'loading';
    map.on('idle', () => (el.dataset.mapState = 'idle'));
    // Nobody moves a wall's map: a new size (full screen, another monitor, a 4K wall) fits
    // the whole county again, instead of keeping the old zoom in a corner of the new canvas.
    map.on('resize', () => {
      const now = extentOf(drawnCounty.current);
      if (now) map.fitBounds(now, { padding: 12, duration: 0 });
    });
    const pins = markers.current;
    return () => {
      for (const m of pins.values()) m.remove();
      pins.clear();
      map.remove();
      mapRef.current = null;
    };
    // One map per mount: the scale and the basemap are in its key upstream.
  }, [icons]);

  // The county's geography replaced (an import): the wall follows without a reload.
  useEffect(() => {
    if (drawnCounty.current === county) return;
    drawnCounty.current = county;
    const map = mapRef.current;
    if (!map) return;
    (map.getSource('county') as GeoJSONSource | undefined)?.setData(county as GeoJSON.FeatureCollection);
    const extent = extentOf(county);
    if (extent) map.fitBounds(extent, { padding: 12, duration: 0 });
  }, [county]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (map.isStyleLoaded()) setData(map, data);
    else map.once('load', () => setData(map, latest.current));
  }, [data]);

  // Newly arrived incidents pulse: one DOM marker each while their time lasts.
  const pulsing = useMemo(
    () =>
      data.incidents.filter((i) => {
        const at = arrived.get(i.id);
        return at !== undefined && now - at < PULSE_MS;
      }),
    [data.incidents, arrived, now],
  );
  const pulseKey = pulsing.map((i) => `${i.id}@${i.point.join(',')}`).join('|');
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const pins = markers.current;
    const want = new Map(pulsing.map((i) => [i.id, i]));
    for (const [id, m] of pins) {
      if (!want.has(id)) {
        m.remove();
        pins.delete(id);
      }
    }
    for (const i of pulsing) {
      if (pins.has(i.id)) continue;
      const el = document.createElement('div');
      el.className = 'dr-wm-pulse';
      el.dataset.testid = 'wall-map-pulse';
      el.style.setProperty('--grade', GRADE_COLORS[i.grade]);
      pins.set(i.id, new maplibregl.Marker({ element: el }).setLngLat(i.point).addTo(map));
    }
    // Keyed by what pulses, not by each tick of the clock.
  }, [pulseKey, icons]);

  const counts = GRADES.map((g) => [g, open.filter((i) => i.grade === g).length] as const).filter(
    ([g, n]) => n > 0 || g !== 'unrated',
  );
  const style = { '--k': k } as CSSProperties;

  return (
    <Panel
      area="map"
      testId="wall-map"
      title={t('wall.map.title')}
      extra={
        <span className="dr-wm-legend">
          {counts.map(([g, n]) => (
            <span key={g} className="dr-wm-legend-item">
              <GradeChip grade={g} />
              <strong className="dr-wall-num" data-testid={`wall-map-count-${g}`}>
                {n}
              </strong>
            </span>
          ))}
        </span>
      }
    >
      <div className="dr-wm-frame">
        <div ref={box} className="dr-wm-canvas" style={style} data-testid="wall-map-canvas" />
      </div>
    </Panel>
  );
}
