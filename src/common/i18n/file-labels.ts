import { catalog } from './catalog';

/**
 * Words core writes into the files it makes (spreadsheets, their names, printed
 * sheets) that no one area owns: shared column names, yes/no, list separators. Each
 * area's own column names, sheet names and file names sit in its `*-files.ts` catalog.
 */
const zh = {
  'exportFile.creator': '应急值班指挥台',
  'column.lon': '经度',
  'column.lat': '纬度',
  'column.notes': '备注',
  // A header cell left blank in an imported file.
  'column.numbered': '第 {{n}} 列',
  'answer.yes': '是',
  'answer.no': '否',
  'list.comma': '、',
  'list.semicolon': '；',
} as const;

const en: Record<keyof typeof zh, string> = {
  'exportFile.creator': 'Duty Room',
  'column.lon': 'Longitude',
  'column.lat': 'Latitude',
  'column.notes': 'Notes',
  'column.numbered': 'Column {{n}}',
  'answer.yes': 'yes',
  'answer.no': 'no',
  'list.comma': ', ',
  'list.semicolon': '; ',
};

export const fileLabels = catalog(zh, en);
