import { useMemo, useState } from 'react';
import { AutoComplete, Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Town } from '../../../../common/contract/geo';
import type { LonLat } from '../../../../common/geo/distance';
import type { PopupItem } from '../../map/popup';
import type { MapData } from '../../map/style';

export interface SearchHit {
  key: string;
  item: PopupItem;
  point: LonLat;
  label: string;
  sub: string;
}

const MAX = 12;

/** Finds a facility, depot, town or incident by any part of its name or number, and flies to it. */
export function MapSearch({
  data,
  towns,
  onPick,
}: {
  data: MapData | undefined;
  towns: Town[] | undefined;
  onPick: (hit: SearchHit) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');

  const searching = q.trim().length > 0;
  // Built when someone searches, not while the map loads.
  const all = useMemo<SearchHit[]>(() => {
    const out: SearchHit[] = [];
    if (!searching) return out;
    for (const tw of towns ?? [])
      out.push({
        key: `town:${tw.code}`,
        item: { kind: 'town', item: { name: tw.name, code: tw.code } },
        point: tw.seat,
        label: tw.name,
        sub: t('map.search.town'),
      });
    for (const f of data?.facilities ?? [])
      out.push({
        key: `facility:${f.id}`,
        item: { kind: 'facility', item: f },
        point: f.point,
        label: f.name,
        sub: t(`facilityKind.${f.kind}`),
      });
    for (const d of data?.depots ?? [])
      out.push({
        key: `depot:${d.id}`,
        item: { kind: 'depot', item: d },
        point: d.point,
        label: d.name,
        sub: t('map.layer.depots'),
      });
    for (const i of data?.incidents ?? [])
      out.push({
        key: `incident:${i.id}`,
        item: { kind: 'incident', item: i },
        point: i.point,
        label: i.title,
        sub: `${i.number} · ${t(`status.${i.status}`)}`,
      });
    return out;
  }, [data, towns, t, searching]);

  const words = q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const hits = words.length
    ? all.filter((h) => words.every((w) => `${h.label} ${h.sub}`.toLowerCase().includes(w))).slice(0, MAX)
    : [];

  return (
    <AutoComplete
      className="dr-map-search"
      value={q}
      onChange={setQ}
      onSelect={(key: string) => {
        const hit = all.find((h) => h.key === key);
        if (hit) onPick(hit);
        setQ(hit?.label ?? '');
      }}
      options={hits.map((h) => ({
        value: h.key,
        label: (
          <div className="dr-map-search-option" data-testid="map-search-option">
            <span className="dr-map-search-label">{h.label}</span>
            <span className="dr-map-search-sub">{h.sub}</span>
          </div>
        ),
      }))}
      notFoundContent={words.length ? t('map.search.none') : null}
      popupMatchSelectWidth={360}
    >
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('map.search.placeholder')}
        aria-label={t('map.search.placeholder')}
        data-testid="map-search"
      />
    </AutoComplete>
  );
}
