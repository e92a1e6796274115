import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { hrefOf, navigate } from '../../router/hash';
import { useFormatDateTime } from '../../time/useRoomTime';
import './drills.css';

/**
 * The desk's 演练 strip: while a drill runs, the room is told so at the top of the desk —
 * which drill, since when, and that what is logged now counts as drill traffic unless
 * the operator says otherwise on the form. Nothing when no drill runs.
 */
export function RunningDrillsStrip() {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const drills = useApiQuery('drills.list', {});
  const running = (drills.data?.drills ?? []).filter((d) => d.state === 'started');
  if (!running.length) return null;
  return (
    <div className="dr-drill-strip" role="status" data-testid="drill-strip">
      <span className="dr-drill-strip-mark">{t('drills.marker')}</span>
      <span className="dr-drill-strip-text">
        {running.map((d) => (
          <span key={d.id} className="dr-drill-strip-item">
            {t('drills.strip.item', {
              number: d.number,
              title: d.detail?.title ?? '',
              since: fmt(d.startedAt),
            })}
          </span>
        ))}
        <span className="dr-drill-strip-hint">{t('drills.strip.hint')}</span>
      </span>
      <Button size="small" onClick={() => navigate(hrefOf('drills'))}>
        {t('drills.strip.open')}
      </Button>
    </div>
  );
}
