import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ruleFor } from '../../../../common/deadlines';
import type { Category, Grade } from '../../../../common/domain/incidents';
import { useApiQuery } from '../../api/hooks';
import { GradeTag } from '../../components/GradeTag';
import { INTAKE_HOTKEY_LABEL } from '../../components/intakeHotkey';
import { toLocalText } from '../../components/localTime';
import { ACCEPT_SUGGESTION_KEY } from './IntakeGradeField';

/**
 * The deadlines this intake will start, as the grade and type are chosen: the rule that
 * would govern the clocks, read from the same table core uses.
 */
export function IntakeDeadlineCard({
  grade,
  category,
  receivedIso,
  tz,
}: {
  grade: Grade;
  category: Category | undefined;
  receivedIso: string | null;
  tz: string;
}) {
  const { t } = useTranslation();
  const rules = useApiQuery('deadlines.getRules', {});
  const hint = (() => {
    if (!rules.data || !receivedIso) return null;
    const r = category
      ? ruleFor(rules.data.rules, grade, category)
      : ruleFor(
          { ...rules.data.rules, rules: rules.data.rules.rules.filter((x) => x.category === null) },
          grade,
          'natural',
        );
    const at = (min: number) =>
      toLocalText(new Date(new Date(receivedIso).getTime() + min * 60_000).toISOString(), tz);
    return {
      phone: r.phoneMinutes,
      phoneAt: at(r.phoneMinutes),
      written: r.writtenMinutes,
      writtenAt: at(r.writtenMinutes),
    };
  })();
  return (
    <Card size="small" title={t('logs.intake.deadlineTitle')} className="dr-intake-side-card">
      {hint ? (
        <div data-testid="deadline-preview">
          <div className="dr-intake-grade">
            <GradeTag grade={grade} />
            {category ? <Tag>{t(`category.${category}`)}</Tag> : null}
          </div>
          <p>{t('logs.intake.deadlinePhone', hint)}</p>
          <p>{t('logs.intake.deadlineWritten', hint)}</p>
        </div>
      ) : (
        <p className="dr-muted">{t('logs.intake.deadlineNone')}</p>
      )}
    </Card>
  );
}

/** The keys of the form, for whoever is new at the desk. */
export function IntakeKeysCard() {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('logs.intake.keysTitle')} className="dr-intake-side-card">
      <ul className="dr-keys">
        <li>
          <kbd>Enter</kbd> {t('logs.intake.keyEnter')}
        </li>
        <li>
          <kbd>Tab</kbd> / <kbd>Shift+Tab</kbd> {t('logs.intake.keyTab')}
        </li>
        <li>
          <kbd>Ctrl+Enter</kbd> {t('logs.intake.keySave')}
        </li>
        <li>
          <kbd>{ACCEPT_SUGGESTION_KEY}</kbd> {t('logs.intake.keySuggest')}
        </li>
        <li>
          <kbd>{INTAKE_HOTKEY_LABEL}</kbd> {t('logs.intake.keyNew')}
        </li>
      </ul>
      <p className="dr-muted">{t('logs.intake.draftHint')}</p>
    </Card>
  );
}
