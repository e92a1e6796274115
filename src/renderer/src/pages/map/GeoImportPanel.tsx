import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Radio, Select, Space, Upload } from 'antd';
import { InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../common/contract';
import {
  GEO_CRS,
  GEO_LAYERS,
  GEO_MAX_BASE64,
  type GeoCrs,
  type GeoImportInput,
  type GeoLayer,
} from '../../../../common/contract/geo';
import { ApiError } from '../../../../common/result';
import { apiClient } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { JobProgress } from '../../components/JobProgress';
import { fontFaces } from '../../map/fonts';
import { maplibregl } from '../../map/maplibre';
import { buildStyle, type CountyBasemap } from '../../map/style';
import { GeoImportTable, countOf } from './GeoImportTable';
import './geo-import.css';

type Preview = OutputOf<'geo.preview'>;
interface Picked {
  fileName: string;
  base64: string;
}

// Base64 is 4 characters for 3 bytes.
const MAX_BYTES = (GEO_MAX_BASE64 / 4) * 3;
const ZONES = Array.from({ length: 21 }, (_, i) => 25 + i);

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The host's own refusal (unreadable file, the problems of a commit) in the UI's language. */
function geoErrorText(t: TFunction, err: unknown): string {
  if (err instanceof ApiError && err.key?.startsWith('errors.geo_'))
    return t(err.key, { ...err.params, defaultValue: err.message });
  return errorText(t, err);
}

/** What was read: format, encoding, coordinate system and where it came from, town count. */
function readLine(t: TFunction, p: Preview): string {
  const crs =
    p.crs.code === 'gk3'
      ? p.crs.zone
        ? t('geoImport.crsName.gk3', { zone: p.crs.zone })
        : t('geoImport.crsName.gk3NoZone')
      : t(`geoImport.crsName.${p.crs.code}`);
  return t('geoImport.read', {
    format: t(`geoImport.format.${p.format}`),
    encoding: p.encoding
      ? t('geoImport.encoding', { encoding: p.encoding === 'gb18030' ? 'GBK' : 'UTF-8' })
      : '',
    crs,
    from: t(`geoImport.from.${p.crs.from}`),
    count: t(`geoImport.count.${p.layer}`, { n: countOf(p) }),
  });
}

/** The layer as the basemap would draw it over the county, with town seats for labels. */
function previewCounty(p: Preview): CountyBasemap {
  return {
    type: 'FeatureCollection',
    features: [
      ...p.map.features,
      ...p.towns.map((town) => ({
        type: 'Feature' as const,
        properties: { layer: 'town_seat' as const, kind: town.kind, name: town.name },
        geometry: { type: 'Point' as const, coordinates: town.seat },
      })),
    ],
  } as CountyBasemap;
}

function extentOf(p: Preview): [number, number, number, number] | null {
  const pts = p.map.features.flatMap((f) =>
    f.geometry.type === 'Polygon'
      ? f.geometry.coordinates.flat()
      : f.geometry.type === 'LineString'
        ? f.geometry.coordinates
        : [f.geometry.coordinates],
  );
  if (!pts.length) return null;
  const xs = pts.map((q) => q[0]);
  const ys = pts.map((q) => q[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function PreviewMap({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const county = previewCounty(preview);
    // Every outline, towns included: a file too broken for a boundary still shows where it lies.
    const extent = extentOf(preview);
    const map = new maplibregl.Map({
      container: node,
      style: buildStyle({ county, basemap: null, origin: window.location.origin, fontFaces: fontFaces() }),
      ...(extent
        ? { bounds: extent, fitBoundsOptions: { padding: 24 } }
        : { center: [111.52, 27.46], zoom: 9 }),
      attributionControl: false,
      dragRotate: false,
      localIdeographFontFamily: false,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    node.dataset.mapState = 'loading';
    map.on('idle', () => {
      node.dataset.mapState = 'idle';
    });
    return () => map.remove();
  }, [preview]);
  return (
    <div
      ref={el}
      className="dr-geo-map"
      data-testid="geo-preview-map"
      role="region"
      aria-label={t('geoImport.mapLabel')}
    />
  );
}

const GEO_FILES = '.zip,.geojson,.json,.kml,.kmz';

/** An optional second file beside the towns (the county boundary, the town seats): pick it or go without. */
function SideFilePick(props: {
  label: string;
  pick: string;
  clear: string;
  none: string;
  testId: string;
  file: Picked | null;
  read: (f: File) => Promise<Picked | null>;
  onChange: (picked: Picked | null) => void;
}) {
  const { file, read, onChange } = props;
  return (
    <label className="dr-geo-option">
      <span>{props.label}</span>
      <Space>
        <Upload
          accept={GEO_FILES}
          showUploadList={false}
          beforeUpload={(f) => {
            void read(f).then((picked) => {
              if (picked) onChange(picked);
            });
            return false;
          }}
        >
          <Button size="small" icon={<PaperClipOutlined />} data-testid={props.testId}>
            {file ? file.fileName : props.pick}
          </Button>
        </Upload>
        {file ? (
          <Button size="small" type="link" onClick={() => onChange(null)}>
            {props.clear}
          </Button>
        ) : (
          <span className="dr-muted">{props.none}</span>
        )}
      </Space>
    </label>
  );
}

/** Which of the file's columns holds a field (name, code, seat X/Y); null when cleared. */
function ColumnPick(props: {
  label: string;
  testId: string;
  value: string | null;
  options: { value: string; label: string }[];
  onChange: (column: string | null) => void;
  clearable?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <label className="dr-geo-option">
      <span>{props.label}</span>
      <Select<string>
        allowClear={props.clearable}
        disabled={props.disabled}
        value={props.value ?? undefined}
        placeholder={t('geoImport.pickColumn')}
        options={props.options}
        onChange={(c) => props.onChange(c ?? null)}
        className="dr-geo-select"
        aria-label={props.label}
        data-testid={props.testId}
      />
    </label>
  );
}

/**
 * 行政区划与底图导入 (settings, administrators), one layer at a time: towns (and
 * optionally the county boundary and the town seats), villages, rivers or roads; the
 * coordinate system and which columns are name and code; a preview with every problem
 * named, then one all-or-nothing replacement of that layer.
 */
export function GeoImportPanel({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const towns = useApiQuery('geo.towns', {});
  const villages = useApiQuery('geo.villages', {});
  const [layer, setLayer] = useState<GeoLayer>('towns');
  const [file, setFile] = useState<Picked | null>(null);
  const [boundaryFile, setBoundaryFile] = useState<Picked | null>(null);
  const [seatFile, setSeatFile] = useState<Picked | null>(null);
  const [seatX, setSeatX] = useState<string | null>(null);
  const [seatY, setSeatY] = useState<string | null>(null);
  const [crs, setCrs] = useState<GeoCrs>('auto');
  const [zone, setZone] = useState<number | null>(null);
  const [columns, setColumns] = useState<{ name: string | null; code: string | null }>({
    name: null,
    code: null,
  });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const inputOf = (over: Partial<GeoImportInput> = {}): GeoImportInput | null => {
    const f = over.file ?? file;
    if (!f) return null;
    const b = over.boundaryFile !== undefined ? over.boundaryFile : boundaryFile;
    const c = over.crs ?? crs;
    const l = over.layer ?? layer;
    const isTowns = l === 'towns';
    const sf = over.seatFile !== undefined ? over.seatFile : seatFile;
    const sc =
      over.seatColumns !== undefined
        ? over.seatColumns
        : seatX
          ? ([seatX, seatY ?? seatX] as [string, string])
          : null;
    return {
      layer: l,
      file: f,
      boundaryFile: isTowns ? (b ?? null) : null,
      seatFile: isTowns ? (sf ?? null) : null,
      seatColumns: isTowns ? sc : null,
      crs: c,
      zone: c === 'gk3' ? (over.zone !== undefined ? over.zone : zone) : null,
      nameColumn: over.nameColumn !== undefined ? over.nameColumn : columns.name,
      codeColumn: over.codeColumn !== undefined ? over.codeColumn : columns.code,
    };
  };

  const load = async (over: Partial<GeoImportInput> = {}) => {
    const input = inputOf(over);
    if (!input) return;
    setBusy(true);
    setError(null);
    try {
      const p = await apiClient().call('geo.preview', input);
      setPreview(p);
      setColumns({ name: p.nameColumn, code: p.codeColumn });
    } catch (e) {
      setPreview(null);
      setError(geoErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const read = async (f: File): Promise<Picked | null> => {
    if (f.size > MAX_BYTES) {
      setError(t('geoImport.tooBig'));
      return null;
    }
    return { fileName: f.name, base64: toBase64(await f.arrayBuffer()) };
  };

  const commit = useApiMutation('geo.import', {
    onSuccess: (r) => {
      const n = r.layer === 'towns' ? r.towns : r.layer === 'villages' ? r.villages : r.lines;
      void message.success(t('geoImport.done', { what: t(`geoImport.count.${r.layer}`, { n }) }));
      reset();
    },
    onError: (e) => setError(geoErrorText(t, e)),
  });

  function reset() {
    setFile(null);
    setBoundaryFile(null);
    setSeatFile(null);
    setSeatX(null);
    setSeatY(null);
    setPreview(null);
    setError(null);
    setColumns({ name: null, code: null });
  }

  if (!admin)
    return (
      <Card title={t('geoImport.title')} className="dr-geo-card">
        <Alert type="info" showIcon title={t('geoImport.adminOnly')} />
      </Card>
    );

  const canCommit = preview !== null && preview.problems.length === 0 && countOf(preview) > 0 && !busy;
  const lines = layer === 'rivers' || layer === 'roads';
  const columnOptions = (preview?.columns ?? []).map((c) => ({ value: c, label: c }));

  return (
    <Card title={t('geoImport.title')} className="dr-geo-card" data-testid="geo-import">
      <p className="dr-muted">{t('geoImport.intro')}</p>
      <p data-testid="geo-current">
        {towns.data?.length
          ? t('geoImport.current', { n: towns.data.length, v: villages.data?.length ?? 0 })
          : t('geoImport.currentNone')}
      </p>
      <div className="dr-geo-option dr-geo-block">
        <span id="geo-layer-label">{t('geoImport.layer')}</span>
        <Radio.Group
          optionType="button"
          value={layer}
          aria-labelledby="geo-layer-label"
          data-testid="geo-layer"
          onChange={(e) => {
            setLayer(e.target.value as GeoLayer);
            reset();
          }}
          options={GEO_LAYERS.map((l) => ({ value: l, label: t(`geoImport.layer.${l}`) }))}
        />
      </div>
      <Upload.Dragger
        accept={GEO_FILES}
        showUploadList={false}
        beforeUpload={(f) => {
          void read(f).then((picked) => {
            if (!picked) return;
            setFile(picked);
            setColumns({ name: null, code: null });
            void load({ file: picked, nameColumn: null, codeColumn: null });
          });
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{file ? t('geoImport.fileChosen', { name: file.fileName }) : t(`geoImport.drop.${layer}`)}</p>
        <p className="dr-muted">{t('geoImport.formats')}</p>
      </Upload.Dragger>

      <div className="dr-geo-options">
        {layer === 'towns' ? (
          <>
            <SideFilePick
              label={t('geoImport.boundary')}
              pick={t('geoImport.boundaryPick')}
              clear={t('geoImport.boundaryClear')}
              none={t('geoImport.boundaryNone')}
              testId="geo-boundary-pick"
              file={boundaryFile}
              read={read}
              onChange={(picked) => {
                setBoundaryFile(picked);
                void load({ boundaryFile: picked });
              }}
            />
            <SideFilePick
              label={t('geoImport.seatFile')}
              pick={t('geoImport.seatFilePick')}
              clear={t('geoImport.seatFileClear')}
              none={t('geoImport.seatNone')}
              testId="geo-seat-pick"
              file={seatFile}
              read={read}
              onChange={(picked) => {
                setSeatFile(picked);
                void load({ seatFile: picked });
              }}
            />
          </>
        ) : null}
        <label className="dr-geo-option">
          <span>{t('geoImport.crs')}</span>
          <Select<GeoCrs>
            value={crs}
            onChange={(c) => {
              setCrs(c);
              void load({ crs: c });
            }}
            options={GEO_CRS.map((c) => ({ value: c, label: t(`geoImport.crs.${c}`) }))}
            className="dr-geo-select"
            aria-label={t('geoImport.crs')}
            data-testid="geo-crs"
          />
          {crs === 'gk3' ? (
            <Select<number | null>
              value={zone}
              placeholder={t('geoImport.zone')}
              onChange={(z) => {
                setZone(z);
                void load({ zone: z });
              }}
              options={ZONES.map((z) => ({
                value: z,
                label: t('geoImport.zoneOption', { zone: z, cm: z * 3 }),
              }))}
              className="dr-geo-select"
              aria-label={t('geoImport.zone')}
              data-testid="geo-zone"
            />
          ) : null}
        </label>
        {preview ? (
          <>
            <ColumnPick
              label={t('geoImport.nameColumn')}
              testId="geo-name-column"
              value={columns.name}
              options={columnOptions}
              onChange={(c) => {
                setColumns((x) => ({ ...x, name: c }));
                void load({ nameColumn: c });
              }}
            />
            {lines ? null : (
              <ColumnPick
                label={t('geoImport.codeColumn')}
                testId="geo-code-column"
                value={columns.code}
                options={columnOptions}
                onChange={(c) => {
                  setColumns((x) => ({ ...x, code: c }));
                  void load({ codeColumn: c });
                }}
              />
            )}
            {layer === 'towns' ? (
              <>
                <ColumnPick
                  label={t('geoImport.seatX')}
                  testId="geo-seat-x"
                  clearable
                  value={seatX}
                  options={columnOptions}
                  onChange={(x) => {
                    setSeatX(x);
                    void load({ seatColumns: x ? [x, seatY ?? x] : null });
                  }}
                />
                <ColumnPick
                  label={t('geoImport.seatY')}
                  testId="geo-seat-y"
                  clearable
                  disabled={!seatX}
                  value={seatY}
                  options={columnOptions}
                  onChange={(y) => {
                    setSeatY(y);
                    if (seatX) void load({ seatColumns: [seatX, y ?? seatX] });
                  }}
                />
              </>
            ) : null}
          </>
        ) : null}
      </div>

      <JobProgress
        job="geo.preview"
        active={busy}
        describe={(p) => t('geoImport.progress.check', { done: p.done, total: p.total })}
        waiting={t('geoImport.progress.reading')}
      />
      <JobProgress
        job="geo.import"
        active={commit.isPending}
        describe={(p) => t('geoImport.progress.check', { done: p.done, total: p.total })}
        waiting={t('geoImport.progress.reading')}
      />
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error}
          className="dr-geo-block"
          data-testid="geo-error"
        />
      ) : null}
      {preview ? (
        <>
          <p className="dr-geo-block" data-testid="geo-read">
            {readLine(t, preview)}
          </p>
          {preview.problems.length ? (
            <Alert
              type="error"
              showIcon
              className="dr-geo-block"
              data-testid="geo-problems"
              title={t('geoImport.problems', { count: preview.problems.length })}
              description={
                <ul className="dr-geo-problems">
                  {preview.problems.map((p, i) => (
                    <li key={`${p.key}-${i}`}>{p.message}</li>
                  ))}
                </ul>
              }
            />
          ) : (
            <Alert
              type="success"
              showIcon
              className="dr-geo-block"
              title={t('geoImport.ok')}
              data-testid="geo-ok"
            />
          )}
          {preview.ignored ? (
            <Alert
              type="info"
              showIcon
              className="dr-geo-block"
              title={t('geoImport.ignored', { count: preview.ignored })}
            />
          ) : null}
          {preview.orphanCodes.length ? (
            <Alert
              type="warning"
              showIcon
              className="dr-geo-block"
              title={t('geoImport.orphans', {
                codes: preview.orphanCodes.slice(0, 10).join(t('geoImport.listSep')),
              })}
            />
          ) : null}
          <div className="dr-geo-preview">
            {preview.map.features.length ? <PreviewMap preview={preview} /> : null}
            <GeoImportTable preview={preview} />
          </div>
        </>
      ) : null}
      <Button
        type="primary"
        disabled={!canCommit}
        loading={commit.isPending}
        className="dr-geo-block"
        data-testid="geo-commit"
        onClick={() => {
          const input = inputOf();
          if (input) commit.mutate(input);
        }}
      >
        {canCommit
          ? t(`geoImport.commit.${preview.layer}`, { n: countOf(preview) })
          : t('geoImport.commitNone')}
      </Button>
    </Card>
  );
}
