import { useMemo, useState } from 'react';
import { Button, Switch } from 'antd';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { GRADES, type Grade, type IncidentStatus } from '../../../../common/domain/incidents';
import { depotIconUrl, drawIncidentIcon, facilityIconUrl, teamIconUrl } from '../../map/icons';
import { COLORS, LAYER_KEYS, type LayerKey } from '../../map/style';
import { hrefOf } from '../../router/hash';

/** A legend swatch of an incident marker, as the map draws it. */
function markerUrl(grade: Grade, status: IncidentStatus): string {
  const data = drawIncidentIcon(grade, status);
  const c = document.createElement('canvas');
  c.width = data.width;
  c.height = data.height;
  c.getContext('2d')!.putImageData(data, 0, 0);
  return c.toDataURL('image/png');
}

function useMarkers() {
  return useMemo(() => {
    const byGrade = Object.fromEntries(GRADES.map((g) => [g, markerUrl(g, 'active')])) as Record<
      Grade,
      string
    >;
    return {
      byGrade,
      pending: markerUrl('II', 'pending'),
      active: markerUrl('II', 'active'),
      closed: markerUrl('II', 'closed'),
      withdrawn: markerUrl('II', 'withdrawn'),
    };
  }, []);
}

/** Layer toggles with the legend beside each: what is drawn, in what colour and shape, how many. */
export function LayerPanel({
  visible,
  counts,
  unlocated,
  onToggle,
}: {
  visible: Record<LayerKey, boolean>;
  counts: Record<LayerKey, number>;
  /** Facilities without coordinates, by kind: not drawn, so the panel says how many and where to fix them. */
  unlocated: { kind: string; count: number }[];
  onToggle: (key: LayerKey, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const m = useMarkers();
  const unlocatedOf = (k: LayerKey) =>
    k.startsWith('fac-') ? (unlocated.find((u) => `fac-${u.kind}` === k)?.count ?? 0) : 0;
  const iconOf = (k: LayerKey) => {
    if (k === 'incidents-open') return m.pending;
    if (k === 'incidents-closed') return m.closed;
    if (k === 'depots') return depotIconUrl();
    if (k === 'teams') return teamIconUrl();
    return facilityIconUrl(k.slice(4));
  };
  return (
    <section
      className="dr-map-panel dr-map-layers"
      aria-label={t('map.layers.title')}
      data-testid="map-layers"
    >
      <header className="dr-map-panel-head">
        <h2>{t('map.layers.title')}</h2>
        <Button
          size="small"
          type="text"
          icon={open ? <UpOutlined /> : <DownOutlined />}
          aria-label={open ? t('map.layers.collapse') : t('map.layers.expand')}
          onClick={() => setOpen(!open)}
        />
      </header>
      {open ? (
        <>
          <ul className="dr-map-layer-list">
            {LAYER_KEYS.map((k) => (
              <li key={k}>
                <label className="dr-map-layer-row">
                  <img src={iconOf(k)} alt="" className="dr-map-legend-icon" />
                  <span className="dr-map-layer-name">{t(`map.layer.${k}`)}</span>
                  <span className="dr-map-layer-count dr-tabular">{counts[k]}</span>
                  <Switch
                    size="small"
                    checked={visible[k]}
                    onChange={(on) => onToggle(k, on)}
                    aria-label={t(`map.layer.${k}`)}
                    data-testid={`layer-${k}`}
                  />
                </label>
                {unlocatedOf(k) ? (
                  <a
                    className="dr-map-layer-unlocated"
                    href={hrefOf('resources', ['facilities'], { kind: k.slice(4), unlocated: 1 })}
                    data-testid={`unlocated-${k}`}
                  >
                    {t('map.layer.unlocated', { n: unlocatedOf(k) })}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
          <div className="dr-map-legend" data-testid="map-legend">
            <div className="dr-map-legend-row">
              {GRADES.map((g) => (
                <span key={g} className="dr-map-legend-item">
                  <img src={m.byGrade[g]} alt="" className="dr-map-legend-mark" />
                  {t(`gradeShort.${g}`)}
                </span>
              ))}
            </div>
            <div className="dr-map-legend-row">
              {(['pending', 'active', 'closed', 'withdrawn'] as const).map((s) => (
                <span key={s} className="dr-map-legend-item">
                  <img src={m[s]} alt="" className="dr-map-legend-mark" />
                  {t(`status.${s}`)}
                </span>
              ))}
            </div>
            <div className="dr-map-legend-row" data-testid="legend-teams">
              <span className="dr-map-legend-item">
                <img src={teamIconUrl()} alt="" className="dr-map-legend-mark" />
                {t('map.legend.teamIdle')}
              </span>
              <span className="dr-map-legend-item">
                <img src={teamIconUrl(true)} alt="" className="dr-map-legend-mark" />
                {t('map.legend.teamBusy')}
              </span>
            </div>
            <p className="dr-map-legend-hint">{t('map.legend.cluster')}</p>
            <p className="dr-map-legend-hint dr-map-legend-grey" data-testid="legend-grey-cluster">
              <span
                className="dr-map-legend-cluster"
                style={{ background: COLORS.closedCluster }}
                aria-hidden
              />
              {t('map.legend.clusterGrey')}
            </p>
          </div>
        </>
      ) : null}
    </section>
  );
}
