import { useTranslation } from 'react-i18next';
import type { CheckView, EquipmentSummary } from '../../../common/contract/equipment';
import { Panel } from './Panel';
import { shortTime } from './format';
import type { TKey } from '../i18n/keys';

/**
 * Communication equipment at a glance: faults not yet repaired, checks overdue (both
 * red when not zero) and when the last shift round was done. A round is the checks
 * entered together in the round view (same round id); without one, the latest check.
 */
export function EquipmentPanel({
  summary,
  recent,
  now,
  tz,
}: {
  summary: EquipmentSummary | undefined;
  recent: CheckView[] | undefined;
  now: number;
  tz: string;
}) {
  const { t, i18n } = useTranslation();
  const last = recent?.find((c) => c.roundId !== null) ?? recent?.[0];
  const figure = (key: TKey, n: number | undefined, testId: string) => (
    <div className={`dr-we-fig${n ? ' dr-we-alarm' : ''}`} data-testid={testId}>
      <strong className="dr-wall-num">{n ?? '—'}</strong>
      <span>{t(key)}</span>
    </div>
  );
  return (
    <Panel area="equipment" testId="wall-equipment" title={t('wall.equipment.title')}>
      <div className="dr-we">
        {figure('wall.equipment.faults', summary?.openFaults, 'wall-eq-faults')}
        {figure('wall.equipment.overdue', summary?.overdue, 'wall-eq-overdue')}
        <div className="dr-we-fig dr-we-round" data-testid="wall-eq-round">
          <strong className="dr-wall-num">
            {last ? shortTime(last.checkedAt, now, i18n.language, tz) : '—'}
          </strong>
          <span>
            {last ? `${t('wall.equipment.lastRound')} · ${last.checkerName}` : t('wall.equipment.never')}
          </span>
        </div>
      </div>
    </Panel>
  );
}
