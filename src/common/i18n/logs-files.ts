import { catalog } from './catalog';

/** Words of the duty log's files: the export's columns, sheet and file names, the printed record's title. */
const zh = {
  'column.logs.occurredAt': '发生时间',
  'column.logs.kind': '类别',
  'column.logs.incidentNumber': '事件编号',
  'column.logs.incident': '事件',
  'column.logs.grade': '等级',
  'column.logs.status': '状态',
  'column.logs.content': '内容',
  'column.logs.author': '记录人',
  'column.logs.enteredAt': '录入时间',
  'column.logs.corrections': '更正',
  // One correction in the export's 更正 cell: when, who, why.
  'cell.logs.correction': '{{at}} {{author}}：{{reason}}',
  'exportSheet.logs': '值班日志',
  'exportFile.logs': '值班日志',
  'printFile.incident': '事件处置记录',
} as const;

const en: Record<keyof typeof zh, string> = {
  'column.logs.occurredAt': 'Occurred',
  'column.logs.kind': 'Kind',
  'column.logs.incidentNumber': 'Incident no.',
  'column.logs.incident': 'Incident',
  'column.logs.grade': 'Grade',
  'column.logs.status': 'Status',
  'column.logs.content': 'Content',
  'column.logs.author': 'Recorded by',
  'column.logs.enteredAt': 'Entered',
  'column.logs.corrections': 'Corrections',
  'cell.logs.correction': '{{at}} {{author}}: {{reason}}',
  'exportSheet.logs': 'Duty log',
  'exportFile.logs': 'duty-log',
  'printFile.incident': 'Incident record',
};

export const logsFiles = catalog(zh, en);
