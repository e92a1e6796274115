import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRADE_COLORS, type Grade } from '../../../common/domain/incidents';

/** Yellow needs dark text to be readable; the other grade colours take white. */
const DARK_TEXT: ReadonlySet<Grade> = new Set(['III']);

/** An incident grade in its customary colour (red, orange, yellow, blue; grey when not graded). */
export function GradeTag({ grade, short = false }: { grade: Grade; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={GRADE_COLORS[grade]}
      variant="solid"
      className={`dr-grade-tag${DARK_TEXT.has(grade) ? ' dr-grade-tag-dark' : ''}`}
      data-grade={grade}
    >
      {t(short ? `gradeShort.${grade}` : `grade.${grade}`)}
    </Tag>
  );
}
