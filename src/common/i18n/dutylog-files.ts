import { catalog } from './catalog';

/** Words of the duty log's files: the export's columns, sheet and file names, the printed record's title. */
const zh = {
  'column.dutylog.occurredAt': '发生时间',
  'column.dutylog.kind': '类别',
  'column.dutylog.incidentNumber': '事件编号',
  'column.dutylog.incident': '事件',
  'column.dutylog.grade': '等级',
  'column.dutylog.status': '状态',
  'column.dutylog.content': '内容',
  'column.dutylog.author': '记录人',
  'column.dutylog.enteredAt': '录入时间',
  'column.dutylog.corrections': '更正',
  // One correction in the export's 更正 cell: when, who, why.
  'cell.dutylog.correction': '{{at}} {{author}}：{{reason}}',
  'exportSheet.dutylog': '值班日志',
  'exportFile.dutylog': '值班日志',
  'printFile.incident': '事件处置记录',
} as const;

const en: Record<keyof typeof zh, string> = {
  'column.dutylog.occurredAt': 'Occurred',
  'column.dutylog.kind': 'Kind',
  'column.dutylog.incidentNumber': 'Incident no.',
  'column.dutylog.incident': 'Incident',
  'column.dutylog.grade': 'Grade',
  'column.dutylog.status': 'Status',
  'column.dutylog.content': 'Content',
  'column.dutylog.author': 'Recorded by',
  'column.dutylog.enteredAt': 'Entered',
  'column.dutylog.corrections': 'Corrections',
  'cell.dutylog.correction': '{{at}} {{author}}: {{reason}}',
  'exportSheet.dutylog': 'Duty log',
  'exportFile.dutylog': 'duty-log',
  'printFile.incident': 'Incident record',
};

export const dutylogFiles = catalog(zh, en);
