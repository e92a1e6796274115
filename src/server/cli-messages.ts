import { LOCALES, type Locale } from '../common/domain/roles';
import { catalog, renderTemplate } from '../common/i18n/catalog';
import { formatMessage, type ErrorKey } from '../common/i18n/messages';
import { DEFAULT_PORT } from './args';

/**
 * What `npm run serve` and the browser host say themselves, before or outside any data
 * set: usage, refused arguments, an unusable data directory or port, the start banner,
 * the page shown when the renderer is not built. Nothing is open yet to say which
 * language the bureau reads, so the terminal gets both (`bilingual`).
 */
const zh = {
  'cli.usage': `用法：
  npm run serve -- [--data <目录>] [--port <端口>] [--host <地址> --lan [--host-name <名称>]] [--demo] [--static <目录>]

  --data <目录>    数据目录（默认取 DUTY_ROOM_DATA，否则为用户数据目录）
  --port <端口>    端口，0 表示自动选择（默认 {{port}}）
  --host <地址>    监听地址（默认 127.0.0.1）
  --lan            局域网模式：每个请求都需要令牌，须同时指定 --host
  --host-name <名称>  局域网模式下大屏电脑用来访问本机的计算机名（可重复；默认只认地址）
  --demo           空数据目录时载入演示县数据
  --static <目录>  界面文件目录（默认 out/renderer）
  --help           显示本说明`,
  'cli.needs_dir': '{{flag}} 需要一个目录',
  'cli.bad_port': '端口无效：{{value}}（应为 0 至 65535 的整数）',
  'cli.bad_host': '监听地址无效：{{value}}',
  'cli.no_value': '{{flag}} 不带参数',
  'cli.unknown_arg': '不认识的参数：{{arg}}',
  'cli.lan_needs_host': '--lan 需要同时用 --host 指定监听的网卡地址',
  'cli.bad_host_name': '计算机名无效：{{value}}（应为主机名，如 duty-pc 或 duty-pc.county.local，不是地址）',
  'cli.host_name_needs_lan': '--host-name 只用于局域网模式：请同时加 --host 与 --lan',
  'cli.host_needs_lan': '监听 {{host}} 会向局域网开放数据，请加 --lan（需要令牌）',
  'cli.data_not_dir': '数据路径不是目录：{{dir}}',
  'cli.data_mkdir': '无法创建数据目录 {{dir}}（{{code}}）',
  'cli.data_access': '没有数据目录 {{dir}} 的读写权限（{{code}}）',
  'cli.db_open': '无法打开数据目录中的数据库（{{dir}}）：{{error}}',
  'cli.port_taken': '端口已被占用：{{where}}',
  'cli.port_denied': '没有权限监听 {{where}}',
  'cli.no_address': '本机没有这个地址：{{host}}',
  'cli.running': '应急值班指挥台已启动：{{url}}',
  'cli.data_dir': '数据目录：{{dir}}',
  'cli.pid': '进程号：{{pid}}',
  'cli.lan_mode': '局域网模式：每个请求都需要令牌',
  'cli.forced_exit': '强制退出',
  'cli.bad_test_clock': '{{name}} 无效（“{{value}}”）：须为 ±400 天以内的毫秒整数，仅供测试使用',
  'cli.not_built': '界面尚未构建：请运行 npm run build 后刷新页面（接口照常可用）',
  'notBuilt.title': '应急值班指挥台',
  'notBuilt.heading': '界面尚未构建',
  'notBuilt.body': '服务已在运行，接口可用；请先在项目目录运行 npm run build，然后刷新本页。',
  'http.not_found': '未找到该页面或文件',
  'http.bad_request': '请求格式有误',
  'http.forbidden': '拒绝访问：请用本机或指挥台给出的地址打开',
  'http.method_not_allowed': '不支持该请求方式',
  'http.internal': '服务内部出错，请稍后重试；问题持续请查看日志',
} as const;

const en: Record<keyof typeof zh, string> = {
  'cli.usage': `Usage:
  npm run serve -- [--data <dir>] [--port <port>] [--host <addr> --lan [--host-name <name>]] [--demo] [--static <dir>]

  --data <dir>     data directory (default: $DUTY_ROOM_DATA, else the user data directory)
  --port <port>    port, 0 picks a free one (default {{port}})
  --host <addr>    address to bind (default 127.0.0.1)
  --lan            LAN mode: every request needs a token; requires --host
  --host-name <name>  in LAN mode, a name of this PC the wall PCs use (repeatable; default: addresses only)
  --demo           load the demo county into an empty data directory
  --static <dir>   built renderer (default out/renderer)
  --help           show this help`,
  'cli.needs_dir': '{{flag}} needs a directory',
  'cli.bad_port': 'invalid port: {{value}} (0-65535)',
  'cli.bad_host': 'invalid host address: {{value}}',
  'cli.no_value': '{{flag}} takes no value',
  'cli.unknown_arg': 'unknown argument: {{arg}}',
  'cli.lan_needs_host': '--lan requires --host <address of the LAN interface>',
  'cli.bad_host_name':
    'invalid host name: {{value}} (a name such as duty-pc or duty-pc.county.local, not an address)',
  'cli.host_name_needs_lan': '--host-name is for LAN mode only: add --host and --lan',
  'cli.host_needs_lan': 'binding {{host}} exposes the data to the network: add --lan (tokens required)',
  'cli.data_not_dir': 'the data path is not a directory: {{dir}}',
  'cli.data_mkdir': 'cannot create the data directory {{dir}} ({{code}})',
  'cli.data_access': 'no read/write permission on the data directory {{dir}} ({{code}})',
  'cli.db_open': 'cannot open the database in {{dir}}: {{error}}',
  'cli.port_taken': 'address already in use: {{where}}',
  'cli.port_denied': 'permission denied to listen on {{where}}',
  'cli.no_address': 'no such local address: {{host}}',
  'cli.running': 'Duty Room is running: {{url}}',
  'cli.data_dir': 'data directory: {{dir}}',
  'cli.pid': 'pid: {{pid}}',
  'cli.lan_mode': 'LAN mode: every request needs a token',
  'cli.forced_exit': 'forced exit',
  'cli.bad_test_clock':
    '{{name}} must be a whole number of milliseconds within ±400 days (tests only), got "{{value}}"',
  'cli.not_built': 'The renderer is not built: run `npm run build` and reload (the API works meanwhile)',
  'notBuilt.title': 'Duty Room',
  'notBuilt.heading': 'The user interface has not been built',
  'notBuilt.body':
    'The service and its API are running. Run npm run build in the project directory, then reload this page.',
  'http.not_found': 'No such page or file',
  'http.bad_request': 'Malformed request',
  'http.forbidden': 'Refused: open the address this PC or the duty desk gave you',
  'http.method_not_allowed': 'Method not allowed',
  'http.internal': 'Internal error: try again; if it persists, see the log',
};

export const cliMessages = catalog(zh, en);
export type CliKey = keyof typeof zh;
type Params = Readonly<Record<string, string | number>>;

/** A refusal or notice as a key and its params: rendered by whoever prints it. */
export interface CliProblem {
  key: CliKey;
  params?: Params;
}

export function cliText(locale: Locale, key: CliKey, params: Params = {}): string {
  const table: Readonly<Record<string, string>> = cliMessages[locale];
  return renderTemplate((k) => table[k], table[key] ?? key, params);
}

/** One line in each language, Chinese first: "端口无效：x（…） / invalid port: x (0-65535)". */
export function bilingual(key: CliKey, params: Params = {}): string {
  return LOCALES.map((l) => cliText(l, key, params)).join(' / ');
}

/**
 * A plain-text HTTP refusal outside the API (a mistyped path, another host name): the
 * request says nothing trustworthy about the reader's language, so both, Chinese first.
 */
export function httpText(key: Extract<CliKey, `http.${string}`>): string {
  return bilingual(key);
}

/** An error core keyed (a database from a newer app), in both languages. */
export function bilingualError(key: ErrorKey, params: Params = {}): string {
  return LOCALES.map((l) => formatMessage(l, key, params)).join(' / ');
}

/** The usage, each language whole: interleaved lines would be harder to read than two blocks. */
export function usage(): string {
  return LOCALES.map((l) => cliText(l, 'cli.usage', { port: DEFAULT_PORT })).join('\n\n') + '\n';
}
