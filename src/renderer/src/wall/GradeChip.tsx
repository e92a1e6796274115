import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADE_COLORS, type Grade } from '../../../common/domain/incidents';

/** Yellow takes dark text; the other grade colours white (as GradeTag in the rest of the app). */
const DARK_TEXT: ReadonlySet<Grade> = new Set(['III']);

/** The grade in its customary colour, sized for the wall. */
export function GradeChip({ grade, long = false }: { grade: Grade; long?: boolean }) {
  const { t } = useTranslation();
  const style = { '--grade': GRADE_COLORS[grade] } as CSSProperties;
  return (
    <span
      className={`dr-wall-grade${DARK_TEXT.has(grade) ? ' dr-wall-grade-dark' : ''}`}
      style={style}
      data-grade={grade}
    >
      {t(long ? `grade.${grade}` : `gradeShort.${grade}`)}
    </span>
  );
}
