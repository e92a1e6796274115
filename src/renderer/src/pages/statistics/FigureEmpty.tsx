import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FigureEmptiness } from './figureEmpty';

/**
 * What a figure of 统计 shows in place of its chart when it has nothing to draw: the words
 * saying why (本期无记录, 现无记录, 本年度尚未登记演练工作), in a box as high as the lowest
 * chart, so a page of empty figures lines up. The one empty state of every figure.
 */
export function FigureEmpty({ why }: { why: FigureEmptiness }) {
  const { t } = useTranslation();
  return (
    <div className="dr-stat-empty" data-testid="stat-empty" data-why={why}>
      <InboxOutlined className="dr-stat-empty-icon" aria-hidden />
      <span>{t(`statistics.empty.${why}`)}</span>
    </div>
  );
}
