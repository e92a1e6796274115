import { Button, Card, Empty, Tag } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '../../../../common/contract/incidents';
import type { InputOf } from '../../../../common/contract';
import { useApiQuery } from '../../api/hooks';
import { GradeTag } from '../../components/GradeTag';
import { toShortText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { hrefOf } from '../../router/hash';

/**
 * Incidents this call may be about (same place, same kind, recent): the shift chief
 * can attach the call to one instead of opening a second incident for the same event.
 */
export function DuplicatesPanel({
  input,
  attachedId,
  onAttach,
}: {
  input: InputOf<'incidents.duplicates'>;
  attachedId: string | null;
  onAttach: (inc: IncidentSummary) => void;
}) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const placed = Boolean(input.townCode) || Boolean(input.point);
  const dups = useApiQuery('incidents.duplicates', input, { enabled: placed });
  const items = placed ? (dups.data ?? []) : [];
  return (
    <Card size="small" title={t('logs.dup.title')} className="dr-intake-side-card" data-testid="duplicates">
      {!placed ? (
        <p className="dr-muted">{t('logs.dup.needPlace')}</p>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('logs.dup.none')} />
      ) : (
        <ul className="dr-dup-list">
          {items.map(({ incident, reasons, distanceM }) => (
            <li key={incident.id} className="dr-dup-item" data-testid="duplicate">
              <div className="dr-dup-head">
                <GradeTag grade={incident.grade} short />
                <span className="dr-mono">{incident.number}</span>
                <a href={hrefOf('logs', ['incident', incident.id])} target="_self" tabIndex={-1}>
                  {incident.title}
                </a>
              </div>
              <div className="dr-dup-meta dr-muted">
                {t('logs.dup.received', { at: toShortText(incident.receivedAt, tz) })}
                {' · '}
                {t(`status.${incident.status}`)}
              </div>
              <div className="dr-dup-reasons">
                {reasons.map((r) => (
                  <Tag key={r} color="gold">
                    {r === 'nearby' && distanceM !== null
                      ? t('logs.dup.reason.nearbyM', { m: distanceM })
                      : t(`logs.dup.reason.${r}`)}
                  </Tag>
                ))}
              </div>
              {attachedId === incident.id ? (
                <Tag color="blue">{t('logs.dup.attached')}</Tag>
              ) : (
                <Button size="small" icon={<LinkOutlined />} onClick={() => onAttach(incident)}>
                  {t('logs.dup.attach')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
