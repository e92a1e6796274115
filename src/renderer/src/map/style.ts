import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Feature, Point, Polygon } from 'geojson';
import type { BasemapInfo, MapDepot, MapFacility, MapIncident } from '../../../common/contract/map';
import type { TeamView } from '../../../common/contract/teams';
import { TEAM_COLOR } from '../../../common/domain/teams';
import {
  DEPOT_COLOR,
  FACILITY_COLORS,
  FACILITY_KINDS,
  type FacilityKind,
} from '../../../common/domain/facilities';
import { GRADE_COLORS } from '../../../common/domain/incidents';
import { offsetM, type LonLat } from '../../../common/geo/distance';
import { expandTemplate, isTms } from '../../../common/map/basemap';
import { MAP_FONT } from './fonts';
import { ICON_SIZE, incidentIconName } from './icons';

/**
 * The map's style, built from data: the county's own vector basemap (or the configured
 * raster/vector tiles under it), then incidents, facilities by kind and depots, each a
 * clustered GeoJSON source. Pure: the map page and the bare benchmark page build the
 * very same style from the same data.
 */

export interface MapData {
  incidents: MapIncident[];
  facilities: MapFacility[];
  depots: MapDepot[];
  /** Rescue teams (teams.list): those with a base on the map are drawn; absent where a map shows none. */
  teams?: TeamView[];
}

export interface CountyBasemap {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: { layer: string; kind: string; name: string };
    geometry: { type: string; coordinates: unknown };
  }[];
}

/** What the layer toggles switch, one key per line of the legend. */
export const LAYER_KEYS = [
  'incidents-open',
  'incidents-closed',
  ...FACILITY_KINDS.map((k) => `fac-${k}` as const),
  'depots',
  'teams',
] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

export const COLORS = {
  background: '#dfe5e8',
  land: '#f3efe4',
  town: '#f6f2e8',
  townLine: '#c4b89c',
  village: '#9a6b3f',
  villageLine: '#d2c3a3',
  county: '#8a6a45',
  river: '#74b0dc',
  riverLabel: '#3a78a8',
  expressway: '#f1c56a',
  national: '#f6dc91',
  road: '#ffffff',
  roadCasing: '#bdb5a3',
  label: '#3d3428',
  closedCluster: '#8c8c8c',
  ring: '#fa541c',
} as const;

// ---------------------------------------------------------------- GeoJSON

const point = (p: LonLat): Point => ({ type: 'Point', coordinates: p });

const SEVERITY = { I: 4, II: 3, III: 2, IV: 1, unrated: 0 } as const;
export const isOpen = (s: MapIncident['status']) => s === 'pending' || s === 'active';

export function incidentFeatures(list: MapIncident[], open: boolean): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const i of list) {
    if (isOpen(i.status) !== open) continue;
    features.push({
      type: 'Feature',
      geometry: point(i.point),
      properties: {
        id: i.id,
        name: i.title,
        number: i.number,
        g: i.grade,
        s: i.status,
        sev: SEVERITY[i.grade],
        icon: incidentIconName(i.grade, i.status),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function facilityFeatures(list: MapFacility[], kind: FacilityKind): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: list
      .filter((f) => f.kind === kind)
      .map((f) => ({
        type: 'Feature',
        geometry: point(f.point),
        properties: { id: f.id, name: f.name, kind },
      })),
  };
}

export function depotFeatures(list: MapDepot[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: list.map((d) => ({
      type: 'Feature',
      geometry: point(d.point),
      properties: { id: d.id, name: d.name, short: d.short },
    })),
  };
}

/** Located teams, busy ones (out on a dispatch) with their own icon. */
export function teamFeatures(list: TeamView[] | undefined): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: (list ?? [])
      .filter((tm) => tm.point !== null && !tm.archived)
      .map((tm) => ({
        type: 'Feature',
        geometry: point(tm.point!),
        properties: { id: tm.id, name: tm.name, icon: tm.busy ? 'team-busy' : 'team' },
      })),
  };
}

/** Rings around a centre (polygons) and their labels (points on the north side). */
export function ringFeatures(
  center: LonLat,
  radiiM: number[],
  label: (m: number) => string,
): FeatureCollection {
  const features: Feature[] = [];
  for (const r of radiiM) {
    const ring: LonLat[] = [];
    for (let i = 0; i <= 128; i++) ring.push(offsetM(center, r, (2 * Math.PI * i) / 128));
    features.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring] } as Polygon,
      properties: { r, kind: 'ring' },
    });
    features.push({
      type: 'Feature',
      geometry: point(offsetM(center, r, 0)),
      properties: { r, kind: 'label', label: label(r) },
    });
  }
  return { type: 'FeatureCollection', features };
}

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** County extent of the basemap data, for the first view. */
export function countyExtent(county: CountyBasemap): [number, number, number, number] | null {
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

// ---------------------------------------------------------------- basemap

function baseSources(basemap: BasemapInfo | null, origin: string): Record<string, SourceSpecification> {
  const c = basemap?.config;
  if (c?.kind === 'online') {
    const raster = (template: string): SourceSpecification => ({
      type: 'raster',
      tiles: expandTemplate(template, c),
      tileSize: c.tileSize,
      maxzoom: c.maxZoom,
      scheme: isTms(template) ? 'tms' : 'xyz',
      attribution: c.attribution,
    });
    return {
      'base-raster': raster(c.url),
      ...(c.overlayUrl ? { 'base-overlay': raster(c.overlayUrl) } : {}),
    };
  }
  const f = basemap?.file;
  if (c?.kind === 'file' && f) {
    const common = {
      minzoom: f.minZoom,
      maxzoom: f.maxZoom,
      attribution: f.attribution,
      ...(f.bounds ? { bounds: f.bounds } : {}),
    };
    const spec =
      f.format === 'pmtiles'
        ? { url: `pmtiles://${origin}/tiles/archive.pmtiles?v=${f.version}` }
        : { tiles: [`${origin}/tiles/{z}/{x}/{y}?v=${f.version}`], ...common };
    return f.type === 'raster'
      ? { 'base-raster': { type: 'raster', tileSize: 256, ...spec } as SourceSpecification }
      : { 'base-vector': { type: 'vector', ...spec } as SourceSpecification };
  }
  return {};
}

/** A style for any vector tile package: each of its layers drawn by geometry, named features labelled. */
function genericVectorLayers(layers: string[]): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  const name: ExpressionSpecification = ['coalesce', ['get', 'name:zh'], ['get', 'name_zh'], ['get', 'name']];
  for (const id of layers) {
    const water = /water|river|lake|ocean|水/.test(id);
    out.push(
      {
        id: `vt-${id}-fill`,
        type: 'fill',
        source: 'base-vector',
        'source-layer': id,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: {
          'fill-color': water ? '#b5d3ea' : '#ebe6d9',
          'fill-outline-color': '#d3cbb8',
          'fill-opacity': 0.8,
        },
      },
      {
        id: `vt-${id}-line`,
        type: 'line',
        source: 'base-vector',
        'source-layer': id,
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': water ? COLORS.river : '#b9ae95', 'line-width': 1.2 },
      },
      {
        id: `vt-${id}-label`,
        type: 'symbol',
        source: 'base-vector',
        'source-layer': id,
        filter: ['has', 'name'],
        layout: { 'text-field': name, 'text-font': [MAP_FONT], 'text-size': 12, 'text-optional': true },
        paint: { 'text-color': COLORS.label, 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
    );
  }
  return out;
}

function countyLayers(over: boolean): LayerSpecification[] {
  const f = (layer: string, extra?: ExpressionSpecification): ExpressionSpecification =>
    extra ? ['all', ['==', ['get', 'layer'], layer], extra] : ['==', ['get', 'layer'], layer];
  const lines: LayerSpecification[] = over
    ? []
    : [
        {
          id: 'county-fill',
          type: 'fill',
          source: 'county',
          filter: f('boundary'),
          paint: { 'fill-color': COLORS.land },
        },
        {
          id: 'town-fill',
          type: 'fill',
          source: 'county',
          filter: f('town'),
          paint: { 'fill-color': COLORS.town },
        },
        {
          id: 'river-main',
          type: 'line',
          source: 'county',
          filter: f('river'),
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': COLORS.river,
            'line-width': [
              'interpolate',
              ['linear'],
              ['zoom'],
              8,
              ['match', ['get', 'kind'], 'main', 2.5, 1],
              14,
              ['match', ['get', 'kind'], 'main', 14, 5],
            ],
          },
        },
        {
          id: 'road-casing',
          type: 'line',
          source: 'county',
          filter: f('road'),
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': COLORS.roadCasing,
            'line-width': [
              'interpolate',
              ['linear'],
              ['zoom'],
              8,
              ['match', ['get', 'kind'], 'county', 1.6, 3],
              15,
              ['match', ['get', 'kind'], 'county', 7, 12],
            ],
          },
        },
        {
          id: 'road',
          type: 'line',
          source: 'county',
          filter: f('road'),
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': [
              'match',
              ['get', 'kind'],
              'expressway',
              COLORS.expressway,
              'national',
              COLORS.national,
              COLORS.road,
            ],
            'line-width': [
              'interpolate',
              ['linear'],
              ['zoom'],
              8,
              ['match', ['get', 'kind'], 'county', 0.8, 1.8],
              15,
              ['match', ['get', 'kind'], 'county', 5, 9],
            ],
          },
        },
      ];
  return [
    ...lines,
    ...villageLayers(),
    {
      id: 'town-line',
      type: 'line',
      source: 'county',
      filter: f('town'),
      paint: { 'line-color': COLORS.townLine, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    {
      id: 'county-line',
      type: 'line',
      source: 'county',
      filter: f('boundary'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': COLORS.county,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 2, 14, 4],
      },
    },
    ...(over
      ? []
      : ([
          {
            id: 'river-label',
            type: 'symbol',
            source: 'county',
            filter: f('river'),
            minzoom: 10,
            layout: {
              'symbol-placement': 'line',
              'text-field': ['get', 'name'],
              'text-font': [MAP_FONT],
              'text-size': 13,
              'text-letter-spacing': 0.3,
              'symbol-spacing': 400,
            },
            paint: { 'text-color': COLORS.riverLabel, 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
          },
          {
            id: 'road-label',
            type: 'symbol',
            source: 'county',
            filter: f('road'),
            minzoom: 11,
            layout: {
              'symbol-placement': 'line',
              'text-field': ['get', 'name'],
              'text-font': [MAP_FONT],
              'text-size': 12,
              'symbol-spacing': 500,
            },
            paint: { 'text-color': '#6b5a3a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
          },
        ] as LayerSpecification[])),
  ];
}

/**
 * Villages (行政村/社区): outlines from zoom 10, a dot at each from zoom 9, names from
 * zoom 12 (a county has hundreds: at county zoom only the dots say where they are).
 */
function villageLayers(): LayerSpecification[] {
  return [
    {
      id: 'village-line',
      type: 'line',
      source: 'county',
      minzoom: 10,
      filter: ['==', ['get', 'layer'], 'village'],
      paint: { 'line-color': COLORS.villageLine, 'line-width': 0.8, 'line-dasharray': [2, 2] },
    },
    {
      id: 'village-point',
      type: 'circle',
      source: 'county',
      minzoom: 9,
      filter: ['==', ['get', 'layer'], 'village_point'],
      paint: {
        'circle-color': COLORS.village,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 2.5, 14, 5],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'village-label',
      type: 'symbol',
      source: 'county',
      minzoom: 12,
      filter: ['==', ['get', 'layer'], 'village_point'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [MAP_FONT],
        'text-size': 12,
        'text-offset': [0, 0.6],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': COLORS.village, 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
  ];
}

/** Town names: above the data layers, so no icon hides where a place is. */
function townLabels(): LayerSpecification[] {
  return [
    {
      id: 'town-label',
      type: 'symbol',
      source: 'county',
      filter: ['==', ['get', 'layer'], 'town_seat'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [MAP_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 13, 13, 17],
        'text-letter-spacing': 0.1,
        'text-padding': 4,
      },
      paint: { 'text-color': COLORS.label, 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 },
    },
  ];
}

// ---------------------------------------------------------------- data layers

const CLUSTER = { cluster: true, clusterRadius: 44, clusterMaxZoom: 12 } as const;

function facilityLayers(kind: FacilityKind, visible: boolean): LayerSpecification[] {
  const src = `fac-${kind}`;
  const visibility: 'visible' | 'none' = visible ? 'visible' : 'none';
  const color = FACILITY_COLORS[kind];
  return [
    {
      id: `${src}-cluster`,
      type: 'circle',
      source: src,
      filter: ['has', 'point_count'],
      layout: { visibility },
      paint: {
        'circle-color': color,
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 16, 50, 20, 500, 25],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: `${src}-count`,
      type: 'symbol',
      source: src,
      filter: ['has', 'point_count'],
      layout: {
        visibility,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [MAP_FONT],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: src,
      type: 'symbol',
      source: src,
      filter: ['!', ['has', 'point_count']],
      layout: {
        visibility,
        'icon-image': `fac-${kind}`,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 9, 0.8, 14, 1],
        'text-field': ['step', ['zoom'], '', 13, ['get', 'name']],
        'text-font': [MAP_FONT],
        'text-size': 12,
        'text-offset': [0, (ICON_SIZE / 2 + 8) / 12],
        'text-anchor': 'top',
        'text-optional': true,
        'text-max-width': 9,
      },
      paint: { 'text-color': color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

function incidentLayers(open: boolean, visible: boolean): LayerSpecification[] {
  const src = open ? 'incidents-open' : 'incidents-closed';
  const visibility: 'visible' | 'none' = visible ? 'visible' : 'none';
  // An open cluster takes the colour of its gravest incident.
  const color: ExpressionSpecification | string = open
    ? [
        'step',
        ['get', 'maxSev'],
        GRADE_COLORS.unrated,
        1,
        GRADE_COLORS.IV,
        2,
        GRADE_COLORS.III,
        3,
        GRADE_COLORS.II,
        4,
        GRADE_COLORS.I,
      ]
    : COLORS.closedCluster;
  return [
    {
      id: `${src}-cluster`,
      type: 'circle',
      source: src,
      filter: ['has', 'point_count'],
      layout: { visibility },
      paint: {
        'circle-color': color,
        'circle-opacity': open ? 1 : 0.75,
        'circle-radius': [
          'step',
          ['get', 'point_count'],
          open ? 15 : 12,
          10,
          open ? 18 : 15,
          100,
          22,
          1000,
          27,
        ],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': open ? 3 : 1.5,
      },
    },
    {
      id: `${src}-count`,
      type: 'symbol',
      source: src,
      filter: ['has', 'point_count'],
      layout: {
        visibility,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [MAP_FONT],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': open ? ['case', ['==', ['get', 'maxSev'], 2], '#262626', '#ffffff'] : '#ffffff',
      },
    },
    {
      id: src,
      type: 'symbol',
      source: src,
      filter: ['!', ['has', 'point_count']],
      layout: {
        visibility,
        'icon-image': ['get', 'icon'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // Graver on top: overlapping icons draw higher sort keys over lower ones.
        'symbol-sort-key': ['get', 'sev'],
      },
    },
    ...(open ? [incidentLabels(src, visibility)] : []),
  ];
}

/**
 * Names of open incidents from zoom 12, in a layer of their own: labels that may not
 * overlap are placed lowest sort key first, so here the key puts the graver first
 * (the icons' key draws the graver on top).
 */
function incidentLabels(src: string, visibility: 'visible' | 'none'): LayerSpecification {
  return {
    id: `${src}-label`,
    type: 'symbol',
    source: src,
    filter: ['!', ['has', 'point_count']],
    minzoom: 12,
    layout: {
      visibility,
      'symbol-sort-key': ['-', 10, ['get', 'sev']],
      'text-field': ['get', 'name'],
      'text-font': [MAP_FONT],
      'text-size': 12,
      'text-offset': [0, 1.3],
      'text-anchor': 'top',
      'text-optional': true,
      'text-max-width': 10,
    },
    paint: { 'text-color': '#3d1f12', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  };
}

export interface StyleInput {
  county: CountyBasemap;
  basemap: BasemapInfo | null;
  /** The app's own origin (http://127.0.0.1:5317, app://duty-room): tile files are served there. */
  origin: string;
  fontFaces: FontFacesSpecification;
  data?: MapData;
  visible?: Partial<Record<LayerKey, boolean>>;
}

export function buildStyle(input: StyleInput): StyleSpecification {
  const { data } = input;
  const on = (k: LayerKey) => input.visible?.[k] ?? true;
  const base = baseSources(input.basemap, input.origin);
  const hasTiles = Object.keys(base).length > 0;
  const sources: Record<string, SourceSpecification> = {
    ...base,
    county: { type: 'geojson', data: input.county as FeatureCollection },
  };
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
  ];
  if (base['base-raster']) layers.push({ id: 'base-raster', type: 'raster', source: 'base-raster' });
  if (base['base-overlay']) layers.push({ id: 'base-overlay', type: 'raster', source: 'base-overlay' });
  if (base['base-vector']) layers.push(...genericVectorLayers(input.basemap?.file?.vectorLayers ?? []));
  layers.push(...countyLayers(hasTiles));
  if (!data) layers.push(...townLabels());

  if (data) {
    sources['rings'] = { type: 'geojson', data: EMPTY };
    sources['selection'] = { type: 'geojson', data: EMPTY };
    sources['incidents-closed'] = {
      type: 'geojson',
      data: incidentFeatures(data.incidents, false),
      ...CLUSTER,
    };
    sources['incidents-open'] = {
      type: 'geojson',
      data: incidentFeatures(data.incidents, true),
      ...CLUSTER,
      clusterProperties: { maxSev: ['max', ['get', 'sev']] },
    };
    for (const k of FACILITY_KINDS)
      sources[`fac-${k}`] = { type: 'geojson', data: facilityFeatures(data.facilities, k), ...CLUSTER };
    sources['depots'] = { type: 'geojson', data: depotFeatures(data.depots) };
    sources['teams'] = { type: 'geojson', data: teamFeatures(data.teams) };

    layers.push(
      {
        id: 'rings-fill',
        type: 'fill',
        source: 'rings',
        filter: ['==', ['get', 'kind'], 'ring'],
        paint: { 'fill-color': COLORS.ring, 'fill-opacity': 0.04 },
      },
      ...incidentLayers(false, on('incidents-closed')),
      ...FACILITY_KINDS.flatMap((k) => facilityLayers(k, on(`fac-${k}`))),
      {
        id: 'depots',
        type: 'symbol',
        source: 'depots',
        layout: {
          visibility: on('depots') ? 'visible' : 'none',
          'icon-image': 'depot',
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'text-field': ['step', ['zoom'], '', 10, ['get', 'name']],
          'text-font': [MAP_FONT],
          'text-size': 12,
          'text-offset': [0, 1.5],
          'text-anchor': 'top',
          'text-optional': true,
          'text-max-width': 9,
        },
        paint: { 'text-color': DEPOT_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
      {
        id: 'teams',
        type: 'symbol',
        source: 'teams',
        layout: {
          visibility: on('teams') ? 'visible' : 'none',
          'icon-image': ['get', 'icon'],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'text-field': ['step', ['zoom'], '', 11, ['get', 'name']],
          'text-font': [MAP_FONT],
          'text-size': 12,
          'text-offset': [0, 1.5],
          'text-anchor': 'top',
          'text-optional': true,
          'text-max-width': 9,
        },
        paint: { 'text-color': TEAM_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
      ...incidentLayers(true, on('incidents-open')),
      ...townLabels(),
      {
        id: 'rings-line',
        type: 'line',
        source: 'rings',
        filter: ['==', ['get', 'kind'], 'ring'],
        paint: { 'line-color': COLORS.ring, 'line-width': 2.5, 'line-dasharray': [4, 2] },
      },
      {
        id: 'rings-label',
        type: 'symbol',
        source: 'rings',
        filter: ['==', ['get', 'kind'], 'label'],
        layout: {
          'text-field': ['get', 'label'],
          'text-font': [MAP_FONT],
          'text-size': 13,
          'text-allow-overlap': true,
          'text-anchor': 'bottom',
        },
        paint: { 'text-color': COLORS.ring, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      },
      {
        id: 'selection-halo',
        type: 'circle',
        source: 'selection',
        paint: {
          'circle-radius': 19,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': '#111827',
          'circle-stroke-width': 3,
        },
      },
    );
  }
  return {
    version: 8,
    name: 'duty-room',
    // No `glyphs`: labels are drawn locally with the shipped font (see fonts.ts).
    'font-faces': input.fontFaces,
    sources,
    layers,
  } as StyleSpecification;
}

/** The layer ids a toggle switches. */
export function layerIdsOf(key: LayerKey): string[] {
  if (key === 'depots' || key === 'teams') return [key];
  if (key === 'incidents-open') return [`${key}-cluster`, `${key}-count`, key, `${key}-label`];
  return [`${key}-cluster`, `${key}-count`, key];
}

/** Layers a pointer can pick (unclustered points and clusters). */
export const POINT_LAYERS = [
  'incidents-open',
  'incidents-closed',
  ...FACILITY_KINDS.map((k) => `fac-${k}`),
  'depots',
  'teams',
] as const;
export const CLUSTER_LAYERS = POINT_LAYERS.filter((l) => l !== 'depots' && l !== 'teams').map(
  (l) => `${l}-cluster`,
);
