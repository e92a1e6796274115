import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, Popup } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import type { BasemapInfo } from '../../../common/contract/map';
import { FACILITY_KINDS } from '../../../common/domain/facilities';
import type { LonLat } from '../../../common/geo/distance';
import { fontFaces } from './fonts';
import { addIcons, type MapIcons } from './icons';
import { maplibregl } from './maplibre';
import { popupContent, type PopupActions, type PopupItem, type PopupText } from './popup';
import {
  CLUSTER_LAYERS,
  EMPTY,
  LAYER_KEYS,
  POINT_LAYERS,
  buildStyle,
  countyExtent,
  depotFeatures,
  teamFeatures,
  facilityFeatures,
  incidentFeatures,
  layerIdsOf,
  ringFeatures,
  type CountyBasemap,
  type LayerKey,
  type MapData,
} from './style';

// PMTiles basemaps are read by range through this protocol (pmtiles://<url>).
let pmtilesRegistered = false;
function registerPmtiles(): void {
  if (pmtilesRegistered) return;
  pmtilesRegistered = true;
  maplibregl.addProtocol('pmtiles', new Protocol().tile);
}

export interface MapCanvasHandle {
  flyTo(p: LonLat, zoom?: number): void;
  showPopup(item: PopupItem, at: LonLat): void;
  fitTo(
    bounds: [number, number, number, number],
    padding?: { top: number; bottom: number; left: number; right: number },
  ): void;
}

interface Props {
  county: CountyBasemap;
  basemap: BasemapInfo | null;
  data: MapData;
  icons: MapIcons;
  visible: Record<LayerKey, boolean>;
  rings: { center: LonLat; radiiM: number[] } | null;
  selected: LonLat | null;
  text: PopupText;
  /** What clicking an item's popup buttons does. */
  actionsFor: (item: PopupItem) => PopupActions;
  onIncidentClick: (id: string) => void;
  onContextPoint: (p: LonLat) => void;
  /** Every time the map settles with all it has to draw drawn (the first one marks load time). */
  onIdle?: () => void;
  className?: string;
}

type Lookup = {
  incidents: Map<string, MapData['incidents'][number]>;
  facilities: Map<string, MapData['facilities'][number]>;
  depots: Map<string, MapData['depots'][number]>;
  teams: Map<string, NonNullable<MapData['teams']>[number]>;
};

function lookupOf(d: MapData): Lookup {
  return {
    incidents: new Map(d.incidents.map((x) => [x.id, x])),
    facilities: new Map(d.facilities.map((x) => [x.id, x])),
    depots: new Map(d.depots.map((x) => [x.id, x])),
    teams: new Map((d.teams ?? []).map((x) => [x.id, x])),
  };
}

function itemOf(f: MapGeoJSONFeature, l: Lookup): PopupItem | null {
  const id = String(f.properties?.id ?? '');
  const layer = f.layer.id;
  if (layer.startsWith('incidents')) {
    const item = l.incidents.get(id);
    return item ? { kind: 'incident', item } : null;
  }
  if (layer === 'teams') {
    const item = l.teams.get(id);
    return item ? { kind: 'team', item } : null;
  }
  if (layer === 'depots') {
    const item = l.depots.get(id);
    return item ? { kind: 'depot', item } : null;
  }
  const item = l.facilities.get(id);
  return item ? { kind: 'facility', item } : null;
}

/** The rings around the selection and the selection's halo. */
function applyOverlays(map: MapLibreMap | null, p: Props): void {
  const rings = map?.getSource('rings') as GeoJSONSource | undefined;
  const sel = map?.getSource('selection') as GeoJSONSource | undefined;
  if (!rings || !sel) return;
  const r = p.rings;
  rings.setData(
    r ? ringFeatures(r.center, r.radiiM, (m) => p.text.t('map.ringLabel', { km: m / 1000 })) : EMPTY,
  );
  const s = p.selected;
  sel.setData(
    s
      ? {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: s }, properties: {} }],
        }
      : EMPTY,
  );
}

/**
 * The maplibre map: created once with everything in its style (so the first frame is
 * complete), then kept in step with the data, the layer toggles and the rings.
 */
export const MapCanvas = forwardRef<MapCanvasHandle, Props>(function MapCanvas(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const lookup = useRef<Lookup>(lookupOf(props.data));
  const pinned = useRef<Popup | null>(null);
  // Until someone moves the map, it keeps the whole county in view (a resized window, a wall).
  const moved = useRef(false);

  const showPopup = (item: PopupItem, at: LonLat) => {
    const map = mapRef.current;
    if (!map) return;
    pinned.current?.remove();
    pinned.current = new maplibregl.Popup({
      maxWidth: '320px',
      className: 'dr-map-popup',
      focusAfterOpen: false,
    })
      .setLngLat(at)
      .setDOMContent(popupContent(item, latest.current.text, latest.current.actionsFor(item)))
      .addTo(map);
  };

  useImperativeHandle(ref, () => ({
    flyTo(p, zoom = 15) {
      moved.current = true;
      mapRef.current?.flyTo({ center: p, zoom, speed: 1.6, essential: true });
    },
    showPopup,
    fitTo(b, padding) {
      moved.current = true;
      mapRef.current?.fitBounds(b, { padding: padding ?? 40, duration: 600 });
    },
  }));

  // Created once; the basemap's version is part of the component key upstream.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    registerPmtiles();
    const p = latest.current;
    const extent = countyExtent(p.county);
    const map = new maplibregl.Map({
      container: el,
      style: buildStyle({
        county: p.county,
        basemap: p.basemap,
        origin: window.location.origin,
        fontFaces: fontFaces(),
        data: p.data,
        visible: p.visible,
      }),
      ...(extent
        ? { bounds: extent, fitBoundsOptions: { padding: 24 } }
        : { center: [111.52, 27.46], zoom: 9 }),
      attributionControl: false,
      maxZoom: 18,
      dragRotate: false,
      pitchWithRotate: false,
      // The county's name is Chinese; so are the labels (never the browser's language guess).
      localIdeographFontFamily: false,
    });
    mapRef.current = map;
    addIcons(map, p.icons);
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(new maplibregl.AttributionControl({ compact: true }), 'bottom-right');

    let idles = 0;
    el.dataset.mapState = 'loading';
    map.on('idle', () => {
      idles += 1;
      if (idles === 1) el.dataset.firstIdleMs = String(Math.round(performance.now()));
      el.dataset.mapState = 'idle';
      el.dataset.idleCount = String(idles);
      latest.current.onIdle?.();
    });

    const hover = new maplibregl.Popup({
      closeButton: false,
      closeOnClick: false,
      className: 'dr-map-hover',
      offset: 14,
    });
    const pickable = [...POINT_LAYERS];
    map.on('mousemove', pickable, (e) => {
      const f = e.features?.[0];
      const item = f ? itemOf(f, lookup.current) : null;
      if (!f || !item) return;
      map.getCanvas().style.cursor = 'pointer';
      const at = (f.geometry as GeoJSON.Point).coordinates as LonLat;
      hover
        .setLngLat(at)
        .setDOMContent(popupContent(item, latest.current.text, {}, true))
        .addTo(map);
    });
    map.on('mouseleave', pickable, () => {
      map.getCanvas().style.cursor = '';
      hover.remove();
    });
    map.on('click', pickable, (e) => {
      const f = e.features?.[0];
      const item = f ? itemOf(f, lookup.current) : null;
      if (!f || !item) return;
      hover.remove();
      const at = (f.geometry as GeoJSON.Point).coordinates as LonLat;
      if (item.kind === 'incident') latest.current.onIncidentClick(item.item.id);
      showPopup(item, at);
    });
    map.on('mouseenter', CLUSTER_LAYERS, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', CLUSTER_LAYERS, () => (map.getCanvas().style.cursor = ''));
    map.on('click', CLUSTER_LAYERS, (e) => {
      const f = e.features?.[0];
      if (!f) return;
      const source = map.getSource(f.source) as GeoJSONSource;
      const at = (f.geometry as GeoJSON.Point).coordinates as LonLat;
      moved.current = true;
      source
        .getClusterExpansionZoom(Number(f.properties?.cluster_id))
        .then((zoom) => map.easeTo({ center: at, zoom: Math.min(zoom, 16) }))
        .catch(() => undefined);
    });
    map.on('movestart', (e) => {
      if ((e as { originalEvent?: unknown }).originalEvent) moved.current = true;
    });
    map.on('resize', () => {
      // The county as it is now: an import may have replaced it since the map was made.
      const now = countyExtent(latest.current.county);
      if (!moved.current && now) map.fitBounds(now, { padding: 24, duration: 0 });
    });
    map.on('contextmenu', (e) => latest.current.onContextPoint([e.lngLat.lng, e.lngLat.lat]));
    // Rings asked for before the style finished loading (a link to an incident) are drawn once it has.
    map.once('load', () => applyOverlays(map, latest.current));

    return () => {
      hover.remove();
      pinned.current?.remove();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  // New data: the sources take it as it comes (an event from the host, a new time range).
  // Not the data the map was made with: handing it over again would cluster it all twice.
  const drawn = useRef(props.data);
  useEffect(() => {
    if (drawn.current === props.data) return;
    drawn.current = props.data;
    lookup.current = lookupOf(props.data);
    const map = mapRef.current;
    if (!map) return;
    const set = (id: string, data: GeoJSON.FeatureCollection) =>
      (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
    set('incidents-open', incidentFeatures(props.data.incidents, true));
    set('incidents-closed', incidentFeatures(props.data.incidents, false));
    for (const k of FACILITY_KINDS) set(`fac-${k}`, facilityFeatures(props.data.facilities, k));
    set('depots', depotFeatures(props.data.depots));
    set('teams', teamFeatures(props.data.teams));
  }, [props.data]);

  // The county's geography replaced (设置 → 行政区划与底图): the basemap follows at once.
  const drawnCounty = useRef(props.county);
  useEffect(() => {
    if (drawnCounty.current === props.county) return;
    drawnCounty.current = props.county;
    const map = mapRef.current;
    if (!map) return;
    (map.getSource('county') as GeoJSONSource | undefined)?.setData(
      props.county as GeoJSON.FeatureCollection,
    );
    const extent = countyExtent(props.county);
    if (extent && !moved.current) map.fitBounds(extent, { padding: 24, duration: 0 });
  }, [props.county]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    for (const k of LAYER_KEYS)
      for (const id of layerIdsOf(k))
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', props.visible[k] ? 'visible' : 'none');
  }, [props.visible]);

  const ringsKey = props.rings ? `${props.rings.center.join(',')}|${props.rings.radiiM.join(',')}` : '';
  const selKey = props.selected ? props.selected.join(',') : '';
  useEffect(() => applyOverlays(mapRef.current, latest.current), [ringsKey, selKey]);

  return (
    <div
      ref={container}
      className={props.className ?? 'dr-map-canvas'}
      data-testid="map"
      role="region"
      aria-label={props.text.t('map.canvasLabel')}
    />
  );
});
