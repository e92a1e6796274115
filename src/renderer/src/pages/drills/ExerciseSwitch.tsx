import { useEffect } from 'react';
import { Alert, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/**
 * On the intake form (and an equipment check or fault) while a drill runs: what is logged
 * now is drill traffic (演练) by default, marked and left out of real work; the operator
 * switches it off for a real call, check or fault that comes in during the drill.
 */
export function ExerciseSwitch({
  value,
  onChange,
  what = 'intake',
}: {
  value: string | null;
  onChange(id: string | null): void;
  /** What is being logged: the words of the switch follow it. */
  what?: 'intake' | 'check' | 'fault';
}) {
  const { t } = useTranslation();
  const drills = useApiQuery('drills.list', {});
  const running = (drills.data?.drills ?? []).filter((d) => d.state === 'started');
  const firstId = running[0]?.id ?? null;
  const runningIds = running.map((d) => d.id).join(',');
  // A drill that starts while the form is open takes the intake; one that ends lets it go.
  useEffect(() => {
    if (value && !runningIds.split(',').includes(value)) onChange(firstId);
    else if (value === null && firstId && !sessionChoice.off) onChange(firstId);
  }, [firstId, onChange, runningIds, value]);
  if (!running.length) return null;
  const on = value !== null;
  return (
    <Alert
      className="dr-intake-notice dr-exercise-switch"
      type={on ? 'warning' : 'info'}
      showIcon
      data-testid="exercise-switch"
      title={
        <span className="dr-exercise-switch-line">
          <Switch
            checked={on}
            aria-label={t('drills.intake.switch')}
            onChange={(v) => {
              sessionChoice.off = !v;
              onChange(v ? firstId : null);
            }}
          />
          <span>{on ? t(`drills.${what}.on`) : t(`drills.${what}.off`)}</span>
          {on && running.length > 1 ? (
            <Select
              size="small"
              value={value}
              onChange={(id: string) => onChange(id)}
              options={running.map((d) => ({ value: d.id, label: `${d.number} ${d.detail?.title ?? ''}` }))}
            />
          ) : on ? (
            <strong>
              {running[0]!.number} {running[0]!.detail?.title ?? ''}
            </strong>
          ) : null}
        </span>
      }
    />
  );
}

// The operator's "not drill traffic" choice holds while the page stays open.
const sessionChoice = { off: false };
