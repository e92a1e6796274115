import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** The persistent 演练 marker on anything logged under a drill: red, with the drill's number. */
export function DrillMarker({
  number,
  className,
}: {
  number: string | null | undefined;
  className?: string;
}) {
  const { t } = useTranslation();
  if (!number) return null;
  return (
    <Tooltip title={t('drills.markerTitle', { number })}>
      <Tag
        color="#c0392b"
        className={`dr-drill-marker${className ? ` ${className}` : ''}`}
        data-testid="drill-marker"
      >
        {t('drills.marker')} {number}
      </Tag>
    </Tooltip>
  );
}

/**
 * A strip that stays in view on a drill record's page (under the sticky 60 px header):
 * however far the page scrolls, it says 演练.
 */
export function DrillBanner({ number }: { number: string | null | undefined }) {
  const { t } = useTranslation();
  if (!number) return null;
  return (
    <div className="dr-drill-banner" role="note" data-testid="drill-banner">
      {t('drills.markerTitle', { number })}
    </div>
  );
}
