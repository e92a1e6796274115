import { useMemo } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../time/format';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { periodOptions, periodText } from './periods';

/** The assessment period: the months, then the quarters, then the years. */
export function PeriodSelect({ value, onChange }: { value: string; onChange: (p: string) => void }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const now = useNow(60_000);
  const day = now.toISOString().slice(0, 10);
  const options = useMemo(() => {
    const o = periodOptions(new Date(`${day}T12:00:00Z`), tz);
    return [...o.months, ...o.quarters, ...o.years].map((p) => ({ value: p, label: periodText(t, p) }));
  }, [day, tz, t]);
  return (
    <Select<string>
      value={value}
      onChange={onChange}
      options={options}
      aria-label={t('assessment.period')}
      className="dr-assess-period"
      data-testid="assessment-period"
    />
  );
}
