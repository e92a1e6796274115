import { catalog } from './catalog';

/** Labels of rescue teams, dispatch, experts and consultations: the codes' words, both locales. */
const zh = {
  'teamKind.fire_rescue': '综合性消防救援',
  'teamKind.mine': '矿山救援',
  'teamKind.hazmat': '危化救援',
  'teamKind.flood': '防汛抢险',
  'teamKind.forest_fire': '森林灭火',
  'teamKind.medical': '医疗救护',
  'teamKind.power': '电力抢修',
  'teamKind.telecom': '通信保障',
  'teamKind.geohazard': '地质灾害',
  'teamKind.professional_other': '其他专业',
  'teamKind.enterprise_full': '企业专职',
  'teamKind.enterprise_part': '企业兼职',
  'teamKind.social': '社会/志愿者',
  'teamKind.red_cross': '红十字会',
  'dispatchState.dispatched': '调派',
  'dispatchState.accepted': '已接令',
  'dispatchState.departed': '出发',
  'dispatchState.arrived': '到场',
  'dispatchState.withdrawn': '撤离',
  'dispatchState.returned': '归队',
  'kind.dispatch': '队伍调派',
};

const en: Record<keyof typeof zh, string> = {
  'teamKind.fire_rescue': 'Fire and rescue',
  'teamKind.mine': 'Mine rescue',
  'teamKind.hazmat': 'Hazmat',
  'teamKind.flood': 'Flood',
  'teamKind.forest_fire': 'Forest fire',
  'teamKind.medical': 'Medical',
  'teamKind.power': 'Power repair',
  'teamKind.telecom': 'Telecoms',
  'teamKind.geohazard': 'Geohazard',
  'teamKind.professional_other': 'Other professional',
  'teamKind.enterprise_full': 'Enterprise (full-time)',
  'teamKind.enterprise_part': 'Enterprise (part-time)',
  'teamKind.social': 'Volunteer',
  'teamKind.red_cross': 'Red Cross',
  'dispatchState.dispatched': 'Dispatched',
  'dispatchState.accepted': 'Accepted',
  'dispatchState.departed': 'Departed',
  'dispatchState.arrived': 'On scene',
  'dispatchState.withdrawn': 'Withdrawn',
  'dispatchState.returned': 'Back at base',
  'kind.dispatch': 'Team dispatch',
};

export const teamsLabels = catalog(zh, en);
