import type { statisticsZhCN } from './statistics.zh-CN';

export const statisticsEnUS: Record<keyof typeof statisticsZhCN, string> = {
  'statistics.title': 'Statistics',
};
