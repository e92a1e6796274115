import { describe, expect, it } from 'vitest';
import type { BasemapInfo } from '../../../common/contract/map';
import { FACILITY_KINDS } from '../../../common/domain/facilities';
import { fontFaces, MAP_FONT } from './fonts';
import {
  buildStyle,
  countyExtent,
  incidentFeatures,
  layerIdsOf,
  ringFeatures,
  type CountyBasemap,
  type MapData as Data,
} from './style';

const county: CountyBasemap = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { layer: 'boundary', kind: 'county', name: '县' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [111, 27],
            [112, 27],
            [112, 28],
            [111, 27],
          ],
        ],
      },
    },
  ],
};

const data: Data = {
  incidents: [
    {
      id: 'a',
      number: '1',
      title: 'x',
      grade: 'I',
      status: 'pending',
      point: [111.5, 27.5],
      receivedAt: '',
      address: '',
    },
    {
      id: 'b',
      number: '2',
      title: 'y',
      grade: 'IV',
      status: 'closed',
      point: [111.5, 27.5],
      receivedAt: '',
      address: '',
    },
  ],
  facilities: [],
  depots: [],
};

const faces = fontFaces('http://127.0.0.1:5317/');
const file = (over: Partial<NonNullable<BasemapInfo['file']>>): BasemapInfo => ({
  config: { kind: 'file', path: '/maps/county.mbtiles' },
  file: {
    format: 'mbtiles',
    type: 'raster',
    tileFormat: 'png',
    minZoom: 0,
    maxZoom: 14,
    bounds: [111, 27, 112, 28],
    center: null,
    name: '',
    attribution: '',
    vectorLayers: [],
    sizeBytes: 1,
    version: 'v1',
    ...over,
  },
  problem: null,
  origins: [],
});

describe('the map style', () => {
  it('draws labels with the shipped font and no glyph server', () => {
    const s = buildStyle({ county, basemap: null, origin: 'http://127.0.0.1:5317', fontFaces: faces, data });
    expect(s.glyphs).toBeUndefined();
    const declared = (s['font-faces'] as Record<string, { url: string; 'unicode-range': string[] }[]>)[
      MAP_FONT
    ]!;
    // Every subset of Noto Sans SC, CJK and Latin, each with its range, on this origin.
    expect(declared.length).toBeGreaterThan(90);
    expect(
      declared.every((f) => f.url.startsWith('http://127.0.0.1:5317/') && f['unicode-range'].length > 0),
    ).toBe(true);
    expect(declared.some((f) => f['unicode-range'].some((r) => /^U\+0000-00FF$/i.test(r)))).toBe(true);
    for (const l of s.layers)
      if (l.type === 'symbol' && l.layout?.['text-field'])
        expect(l.layout['text-font'], l.id).toEqual([MAP_FONT]);
  });

  it('has a clustered source per facility kind and per open/closed incidents, layers switched by key', () => {
    const s = buildStyle({
      county,
      basemap: null,
      origin: '',
      fontFaces: faces,
      data,
      visible: { 'fac-school': false },
    });
    for (const k of FACILITY_KINDS)
      expect(s.sources[`fac-${k}`]).toMatchObject({ type: 'geojson', cluster: true });
    expect(s.sources['incidents-open']).toMatchObject({
      cluster: true,
      clusterProperties: { maxSev: ['max', ['get', 'sev']] },
    });
    const ids = s.layers.map((l) => l.id);
    for (const id of layerIdsOf('fac-school')) {
      expect(ids).toContain(id);
      expect(s.layers.find((l) => l.id === id)!.layout).toMatchObject({ visibility: 'none' });
    }
    expect(s.layers.find((l) => l.id === 'fac-hospital')!.layout).toMatchObject({ visibility: 'visible' });
    for (const id of layerIdsOf('incidents-open')) expect(ids).toContain(id);
    // Overlapping icons draw the higher key on top: the gravest incident's icon is the one seen.
    expect(s.layers.find((l) => l.id === 'incidents-open')!.layout).toMatchObject({
      'symbol-sort-key': ['get', 'sev'],
    });
    // Labels may not overlap and are placed lowest key first: the gravest incident's name wins.
    expect(s.layers.find((l) => l.id === 'incidents-open-label')!.layout).toMatchObject({
      'symbol-sort-key': ['-', 10, ['get', 'sev']],
    });
    expect(incidentFeatures(data.incidents, true).features.map((f) => f.properties!.id)).toEqual(['a']);
    expect(incidentFeatures(data.incidents, false).features[0]!.properties).toMatchObject({
      icon: 'inc-IV-closed',
      sev: 1,
    });
  });

  it('puts configured tiles under the county: online templates, MBTiles by XYZ, PMTiles by range, vector files', () => {
    const online = buildStyle({
      county,
      basemap: {
        config: {
          kind: 'online',
          url: 'https://t{s}.example.cn/{z}/{x}/{-y}.png?tk={key}',
          overlayUrl: null,
          subdomains: '0,1',
          key: 'k 1',
          tileSize: 256,
          maxZoom: 18,
          attribution: '天地图',
        },
        file: null,
        problem: null,
        origins: [],
      },
      origin: '',
      fontFaces: faces,
    });
    expect(online.sources['base-raster']).toMatchObject({
      type: 'raster',
      scheme: 'tms',
      tiles: [
        'https://t0.example.cn/{z}/{x}/{y}.png?tk=k%201',
        'https://t1.example.cn/{z}/{x}/{y}.png?tk=k%201',
      ],
    });
    // Over tiles the county draws only its lines and names.
    expect(online.layers.map((l) => l.id)).not.toContain('county-fill');
    expect(online.layers.map((l) => l.id)).toContain('county-line');

    const mb = buildStyle({ county, basemap: file({}), origin: 'app://duty-room', fontFaces: faces });
    expect(mb.sources['base-raster']).toMatchObject({
      tiles: ['app://duty-room/tiles/{z}/{x}/{y}?v=v1'],
      maxzoom: 14,
    });
    const pm = buildStyle({
      county,
      basemap: file({ format: 'pmtiles' }),
      origin: 'http://h:1',
      fontFaces: faces,
    });
    expect(pm.sources['base-raster']).toMatchObject({
      url: 'pmtiles://http://h:1/tiles/archive.pmtiles?v=v1',
    });
    const vec = buildStyle({
      county,
      basemap: file({ type: 'vector', tileFormat: 'pbf', vectorLayers: ['water', 'roads'] }),
      origin: 'http://h:1',
      fontFaces: faces,
    });
    expect(vec.sources['base-vector']).toMatchObject({ type: 'vector' });
    expect(vec.layers.map((l) => l.id)).toEqual(
      expect.arrayContaining(['vt-water-fill', 'vt-roads-line', 'vt-roads-label']),
    );
    // A file that cannot be read: the county basemap.
    const gone = buildStyle({ county, basemap: { ...file({}), file: null }, origin: '', fontFaces: faces });
    expect(gone.layers.map((l) => l.id)).toContain('county-fill');
  });

  it('rings are circles of the given radii, labelled on their north side', () => {
    const r = ringFeatures([111.5, 27.5], [1000, 3000], (m) => `${m / 1000} 公里`);
    expect(r.features).toHaveLength(4);
    expect(r.features[1]!.properties).toMatchObject({ kind: 'label', label: '1 公里' });
    expect(countyExtent(county)).toEqual([111, 27, 112, 28]);
  });
});
