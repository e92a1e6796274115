import { useEffect, useState } from 'react';
import { Button, Collapse, Empty, InputNumber, Skeleton, Space, Tag } from 'antd';
import { AimOutlined, CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AroundResult } from '../../../../common/contract/map';
import { FACILITY_COLORS, FACILITY_KINDS, type FacilityKind } from '../../../../common/domain/facilities';
import type { LonLat } from '../../../../common/geo/distance';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { capacityText } from '../../components/facilityCapacity';
import { GradeTag } from '../../components/GradeTag';
import { navigate, hrefOf } from '../../router/hash';
import { AroundReserves } from './AroundReserves';
import { AroundTeams } from './AroundTeams';
import { distanceText } from './prefs';

export type Selection = { kind: 'incident'; id: string } | { kind: 'point'; point: LonLat };

/** Ring radii the panel edits, in kilometres (1-3 rings of 0.1-50 km). */
function RadiiEditor({ radiiM, onChange }: { radiiM: number[]; onChange: (r: number[]) => void }) {
  const { t } = useTranslation();
  const [km, setKm] = useState<(number | null)[]>(radiiM.map((m) => m / 1000));
  useEffect(() => setKm(radiiM.map((m) => m / 1000)), [radiiM]);
  const apply = () => {
    const next = [...new Set(km.filter((x): x is number => typeof x === 'number' && x >= 0.1 && x <= 50))]
      .map((x) => Math.round(x * 1000))
      .sort((a, b) => a - b);
    if (next.length) onChange(next);
  };
  return (
    <div className="dr-around-radii">
      <span className="dr-muted">{t('map.around.radii')}</span>
      <Space.Compact>
        {km.map((v, i) => (
          <InputNumber
            key={i}
            size="small"
            min={0.1}
            max={50}
            step={1}
            value={v}
            onChange={(x) => setKm(km.map((y, j) => (j === i ? x : y)))}
            onPressEnter={apply}
            aria-label={t('map.around.radius', { n: i + 1 })}
            className="dr-around-radius"
            data-testid={`radius-${i}`}
          />
        ))}
      </Space.Compact>
      <span className="dr-muted">{t('map.around.km')}</span>
      <Button size="small" onClick={apply} data-testid="radii-apply">
        {t('map.around.apply')}
      </Button>
    </div>
  );
}

function RingSummary({ r }: { r: AroundResult }) {
  const { t } = useTranslation();
  return (
    <table className="dr-around-rings" data-testid="around-rings">
      <thead>
        <tr>
          <th>{t('map.around.ring')}</th>
          <th>{t('facilityKind.school')}</th>
          <th>{t('map.around.students')}</th>
          <th>{t('facilityKind.hospital')}</th>
          <th>{t('map.around.beds')}</th>
          <th>{t('map.around.utilities')}</th>
        </tr>
      </thead>
      <tbody className="dr-tabular">
        {r.rings.map((ring) => (
          <tr key={ring.radiusM}>
            <th>{t('map.around.within', { km: ring.radiusM / 1000 })}</th>
            <td>{ring.counts.school}</td>
            <td>{ring.students.toLocaleString()}</td>
            <td>{ring.counts.hospital}</td>
            <td>{ring.beds.toLocaleString()}</td>
            <td>{ring.counts.water + ring.counts.power + ring.counts.gas}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Ring = AroundResult['rings'][number];

/**
 * What the room asks about the hazards and refuges in each ring: how many shelters and
 * how many people they take, how many hazard points and whom they threaten, how many
 * hazardous sites and dams. One line per kind, one cell per ring.
 */
const RISK_LINES: { kind: FacilityKind; cell: (t: TFunction, r: Ring) => string }[] = [
  {
    kind: 'shelter',
    cell: (t, r) =>
      t('map.around.shelterCell', { n: r.counts.shelter, people: r.shelterPlaces.toLocaleString() }),
  },
  {
    kind: 'geohazard',
    cell: (t, r) =>
      t('map.around.geohazardCell', {
        n: r.counts.geohazard,
        people: r.threatenedPersons.toLocaleString(),
        households: r.threatenedHouseholds.toLocaleString(),
      }),
  },
  { kind: 'hazmat', cell: (t, r) => t('map.around.countCell', { n: r.counts.hazmat }) },
  { kind: 'reservoir', cell: (t, r) => t('map.around.countCell', { n: r.counts.reservoir }) },
];

function RiskLines({ r }: { r: AroundResult }) {
  const { t } = useTranslation();
  return (
    <table className="dr-around-rings dr-around-lines" data-testid="around-lines">
      <thead>
        <tr>
          <th>{t('map.around.kind')}</th>
          {r.rings.map((ring) => (
            <th key={ring.radiusM}>{t('map.around.within', { km: ring.radiusM / 1000 })}</th>
          ))}
        </tr>
      </thead>
      <tbody className="dr-tabular">
        {RISK_LINES.map((line) => (
          <tr key={line.kind} data-testid={`around-line-${line.kind}`}>
            <th>{t(`facilityKind.${line.kind}`)}</th>
            {r.rings.map((ring) => (
              <td key={ring.radiusM} className={ring.counts[line.kind] ? undefined : 'dr-muted'}>
                {line.cell(t, ring)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * 周边分析: around the selected incident (or a point), what lies in each ring —
 * schools with their students, hospitals with their beds, water, power and gas sites,
 * transport, shelters with their places, hazard points with whom they threaten,
 * hazardous sites and dams — nearest first, and the nearest depots with what they hold.
 */
export function AroundPanel({
  selection,
  radiiM,
  onRadii,
  onClose,
  onFocus,
  onResult,
}: {
  selection: Selection;
  radiiM: number[];
  onRadii: (r: number[]) => void;
  onClose: () => void;
  onFocus: (p: LonLat, zoom?: number) => void;
  onResult: (r: AroundResult | null) => void;
}) {
  const { t } = useTranslation();
  const input =
    selection.kind === 'incident'
      ? { incidentId: selection.id, radiiM, depots: 3 }
      : { point: selection.point, radiiM, depots: 3 };
  const q = useApiQuery('map.around', input);
  const r = q.data;
  useEffect(() => onResult(r ?? null), [r, onResult]);

  const byKind = new Map<FacilityKind, AroundResult['facilities']>();
  for (const f of r?.facilities ?? []) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);

  return (
    <aside className="dr-map-panel dr-around" aria-label={t('map.around.title')} data-testid="around-panel">
      <header className="dr-map-panel-head">
        <h2>{t('map.around.title')}</h2>
        <Button
          size="small"
          type="text"
          icon={<CloseOutlined />}
          aria-label={t('map.around.close')}
          onClick={onClose}
        />
      </header>
      <div className="dr-around-body">
        {r?.incident ? (
          <div className="dr-around-subject">
            <GradeTag grade={r.incident.grade} short />
            <Tag bordered={false}>{t(`status.${r.incident.status}`)}</Tag>
            <button
              type="button"
              className="dr-link-button"
              onClick={() => navigate(hrefOf('logs', ['incident', r.incident!.id]))}
            >
              {r.incident.number}
            </button>
            <div className="dr-around-title">{r.incident.title}</div>
          </div>
        ) : r ? (
          <div className="dr-around-subject dr-tabular">
            {t('map.around.point', { lon: r.center[0].toFixed(5), lat: r.center[1].toFixed(5) })}
          </div>
        ) : null}
        <RadiiEditor radiiM={radiiM} onChange={onRadii} />
        <ErrorAlert error={q.error} />
        {q.isPending ? <Skeleton active /> : null}
        {r ? (
          <>
            <RingSummary r={r} />
            <RiskLines r={r} />
            <h3 className="dr-around-h">
              {t('map.around.inside', { km: r.radiiM[r.radiiM.length - 1]! / 1000, n: r.facilities.length })}
            </h3>
            {r.facilities.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('map.around.nothing')} />
            ) : (
              <Collapse
                size="small"
                defaultActiveKey={['school', 'hospital']}
                items={FACILITY_KINDS.filter((k) => byKind.has(k)).map((k) => ({
                  key: k,
                  label: (
                    <span className="dr-around-kind">
                      <span className="dr-around-dot" style={{ background: FACILITY_COLORS[k] }} />
                      {t(`facilityKind.${k}`)}
                      <span className="dr-muted dr-tabular">{byKind.get(k)!.length}</span>
                    </span>
                  ),
                  children: (
                    <ul className="dr-around-list" data-testid={`around-${k}`}>
                      {byKind.get(k)!.map((f) => (
                        <li key={f.id}>
                          <button
                            type="button"
                            className="dr-around-item"
                            onClick={() => onFocus(f.point, 16)}
                          >
                            <span className="dr-around-name" style={{ color: FACILITY_COLORS[k] }}>
                              {f.name}
                            </span>
                            <span className="dr-around-dist dr-tabular">{distanceText(t, f.distanceM)}</span>
                          </button>
                          <div className="dr-around-meta">
                            {capacityText(t, f) !== null ? <span>{capacityText(t, f)}</span> : null}
                            {f.contact || f.phone ? (
                              <span className="dr-tabular">
                                {t('map.around.contact', { who: f.contact, phone: f.phone })}
                              </span>
                            ) : null}
                          </div>
                        </li>
                      ))}
                    </ul>
                  ),
                }))}
              />
            )}
            <AroundTeams selection={selection} onFocus={onFocus} />
            <h3 className="dr-around-h">{t('map.around.depots')}</h3>
            <ul className="dr-around-depots" data-testid="around-depots">
              {r.depots.map((d) => (
                <li key={d.id}>
                  <button type="button" className="dr-around-item" onClick={() => onFocus(d.point, 15)}>
                    <span className="dr-around-name">{d.name}</span>
                    <span className="dr-around-dist dr-tabular">{distanceText(t, d.distanceM)}</span>
                  </button>
                  <div className="dr-around-meta dr-tabular">
                    {t('map.around.keeper', { who: d.keeper, phone: d.phone })}
                  </div>
                  <div className="dr-around-stock">
                    {d.stock.map((s) => (
                      <Tag
                        key={s.item}
                        bordered={false}
                        color={s.short ? 'red' : undefined}
                        className="dr-tabular"
                      >
                        {t('map.around.stockItem', {
                          item: s.item,
                          n: s.quantity.toLocaleString(),
                          unit: s.unit,
                        })}
                      </Tag>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
            <AroundReserves />
            <Button size="small" icon={<AimOutlined />} onClick={() => onFocus(r.center, 13)}>
              {t('map.around.recenter')}
            </Button>
          </>
        ) : null}
      </div>
    </aside>
  );
}
