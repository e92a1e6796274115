import { useEffect } from 'react';
import { Alert, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { exerciseChoice, type ExerciseForm } from './exerciseChoice';

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
  what?: ExerciseForm;
}) {
  const { t } = useTranslation();
  const drills = useApiQuery('drills.list', {});
  const running = (drills.data?.drills ?? []).filter((d) => d.state === 'started');
  const runningIds = running.map((d) => d.id).join(',');
  // A drill that starts while the form is open takes it; one that ends lets it go; a drill
  // the operator switched off for this form stays off (exerciseChoice.ts).
  useEffect(() => {
    const next = exerciseChoice.drillFor(what, runningIds ? runningIds.split(',') : [], value);
    if (next !== value) onChange(next);
  }, [onChange, runningIds, value, what]);
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
              // Off is said about the drill carried; on, about every drill running now.
              for (const id of v ? running.map((d) => d.id) : value ? [value] : [])
                exerciseChoice.set(what, id, v);
              onChange(v ? running[0]!.id : null);
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
