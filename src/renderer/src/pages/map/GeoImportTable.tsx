import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../common/contract';

type Preview = OutputOf<'geo.preview'>;
const fmt = (x: number) => x.toFixed(6);
const at = (p: [number, number]) => `${fmt(p[0])}, ${fmt(p[1])}`;

function townColumns(t: TFunction): ColumnsType<Preview['towns'][number]> {
  return [
    { title: t('geoImport.col.name'), dataIndex: 'name' },
    { title: t('geoImport.col.code'), dataIndex: 'code', className: 'dr-tabular' },
    { title: t('geoImport.col.kind'), dataIndex: 'kind', width: 64 },
    {
      title: t('geoImport.col.area'),
      dataIndex: 'areaKm2',
      align: 'right',
      className: 'dr-tabular',
      render: (v: number) => v.toFixed(2),
    },
    { title: t('geoImport.col.centroid'), className: 'dr-tabular', render: (_v, r) => at(r.centroid) },
    {
      title: t('geoImport.col.seat'),
      className: 'dr-tabular',
      // Where the seat comes from is said on every row: a centroid is a guess, a seat file is not.
      render: (_v, r) => (
        <span data-seat-from={r.seatFrom}>
          {r.seatFrom === 'centroid' ? '' : `${at(r.seat)} · `}
          {t(`geoImport.seatFrom.${r.seatFrom}`)}
        </span>
      ),
    },
  ];
}

function villageColumns(t: TFunction): ColumnsType<Preview['villages'][number]> {
  return [
    { title: t('geoImport.col.name'), dataIndex: 'name' },
    { title: t('geoImport.col.code'), dataIndex: 'code', className: 'dr-tabular' },
    { title: t('geoImport.col.town'), dataIndex: 'townName' },
    {
      title: t('geoImport.col.townFrom'),
      dataIndex: 'townFrom',
      render: (v: 'code' | 'location') => t(`geoImport.townFrom.${v}`),
    },
    { title: t('geoImport.col.point'), className: 'dr-tabular', render: (_v, r) => at(r.point) },
  ];
}

function lineColumns(t: TFunction): ColumnsType<Preview['lines'][number]> {
  return [
    { title: t('geoImport.col.name'), dataIndex: 'name' },
    {
      title: t('geoImport.col.kind'),
      dataIndex: 'kind',
      render: (v: string) => t(`geoImport.lineKind.${v}`, { defaultValue: v }),
    },
    {
      title: t('geoImport.col.length'),
      dataIndex: 'lengthKm',
      align: 'right',
      className: 'dr-tabular',
      render: (v: number) => v.toFixed(2),
    },
  ];
}

/** The features the preview read, as a table of the layer's own columns. */
export function GeoImportTable({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const common = {
    size: 'small' as const,
    rowKey: 'feature',
    className: 'dr-geo-towns',
    'data-testid': 'geo-towns',
    pagination: { pageSize: 12, hideOnSinglePage: true },
  };
  if (preview.layer === 'towns')
    return <Table {...common} dataSource={preview.towns} columns={townColumns(t)} />;
  if (preview.layer === 'villages')
    return <Table {...common} dataSource={preview.villages} columns={villageColumns(t)} />;
  return <Table {...common} dataSource={preview.lines} columns={lineColumns(t)} />;
}

/** How many features of its layer the preview read. */
export const countOf = (p: Preview) =>
  p.layer === 'towns' ? p.towns.length : p.layer === 'villages' ? p.villages.length : p.lines.length;
