export const statisticsZhCN = {
  'statistics.title': '统计',
} as const;
