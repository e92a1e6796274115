import { catalog } from './catalog';

/** Error messages of rescue teams, dispatch, experts and consultations, both locales. */
const zh = {
  'errors.team_missing': '找不到该救援队伍',
  'errors.team_taken': '已有名为“{{name}}”的队伍',
  'errors.team_no_duty_phone': '请填写队伍的 24 小时值班电话',
  'errors.team_busy_archive': '“{{name}}”正在执行调派任务，归队后才能停用',
  'errors.team_spot_seconds': '已接听的查岗请填写应答用时（秒）',
};

const en: Record<keyof typeof zh, string> = {
  'errors.team_missing': 'Rescue team not found',
  'errors.team_taken': 'A team named "{{name}}" already exists',
  'errors.team_no_duty_phone': "Give the team's 24-hour duty phone",
  'errors.team_busy_archive': '"{{name}}" is out on a dispatch; it can be retired once it is back',
  'errors.team_spot_seconds': 'An answered spot check needs the answer time (seconds)',
};

export const teamsMessages = catalog(zh, en);
