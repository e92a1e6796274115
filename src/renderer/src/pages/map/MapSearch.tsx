import { useMemo, useState } from 'react';
import { AutoComplete, Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Town } from '../../../../common/contract/geo';
import type { LonLat } from '../../../../common/geo/distance';
import type { PopupItem } from '../../map/popup';
import { isOpen, type MapData } from '../../map/style';
import { rankHits, type Rankable } from './searchRank';

export interface SearchHit extends Rankable {
  key: string;
  item: PopupItem;
  point: LonLat;
}

const MAX = 12;

/**
 * Finds a facility, depot, town or incident by any part of its name or number, and flies
 * to it. The best hit comes first (searchRank.ts: current before closed, then exact,
 * prefix, in the name) and is the one Enter takes.
 */
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
        current: true,
      });
    for (const f of data?.facilities ?? [])
      out.push({
        key: `facility:${f.id}`,
        item: { kind: 'facility', item: f },
        point: f.point,
        label: f.name,
        sub: t(`facilityKind.${f.kind}`),
        current: true,
      });
    for (const d of data?.depots ?? [])
      out.push({
        key: `depot:${d.id}`,
        item: { kind: 'depot', item: d },
        point: d.point,
        label: d.name,
        sub: t('map.layer.depots'),
        current: true,
      });
    // Newest first: among equally good hits, the latest incident comes first.
    const incidents = [...(data?.incidents ?? [])].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    for (const i of incidents)
      out.push({
        key: `incident:${i.id}`,
        item: { kind: 'incident', item: i },
        point: i.point,
        label: i.title,
        code: i.number,
        sub: `${i.number} · ${t(`status.${i.status}`)}`,
        current: isOpen(i.status),
      });
    return out;
  }, [data, towns, t, searching]);

  const hits = searching ? rankHits(all, q, MAX) : [];

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
      notFoundContent={searching ? t('map.search.none') : null}
      // Enter takes the first (best) hit.
      defaultActiveFirstOption
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
