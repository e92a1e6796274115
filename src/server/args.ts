import { isIP } from 'node:net';
import { isLoopback } from './guards';

export const DEFAULT_PORT = 5317;

export interface CliOptions {
  /** --data, or null for DUTY_ROOM_DATA / the OS user-data directory. */
  data: string | null;
  port: number;
  host: string;
  lan: boolean;
  demo: boolean;
  /** --static: the built renderer; null for out/renderer in the repository. */
  staticDir: string | null;
  help: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

export const USAGE = `用法 / Usage:
  npm run serve -- [--data <目录/dir>] [--port <端口/port>] [--host <地址/addr> --lan] [--demo] [--static <dir>]

  --data <dir>    数据目录（默认取 DUTY_ROOM_DATA，否则为用户数据目录）
                  data directory (default: $DUTY_ROOM_DATA, else the user data directory)
  --port <n>      端口，0 表示自动选择（默认 ${DEFAULT_PORT}） / port, 0 picks a free one (default ${DEFAULT_PORT})
  --host <addr>   监听地址（默认 127.0.0.1） / address to bind (default 127.0.0.1)
  --lan           局域网模式：每个请求都需要令牌，须同时指定 --host
                  LAN mode: every request needs a token; requires --host
  --demo          空数据目录时载入演示县数据 / load the demo county into an empty data directory
  --static <dir>  界面文件目录（默认 out/renderer） / built renderer (default out/renderer)
  --help          显示本说明 / show this help
`;

// A host name or an IP literal; nothing that could smuggle a path or a port in.
const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const o: CliOptions = {
    data: null,
    port: DEFAULT_PORT,
    host: '127.0.0.1',
    lan: false,
    demo: false,
    staticDir: null,
    help: false,
  };
  let hostGiven = false;
  const bad = (zh: string, en: string): ParsedArgs => ({ ok: false, message: `${zh} / ${en}` });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };
    switch (flag) {
      case '--data':
      case '--static': {
        const v = value();
        if (!v) return bad(`${flag} 需要一个目录`, `${flag} needs a directory`);
        if (flag === '--data') o.data = v;
        else o.staticDir = v;
        break;
      }
      case '--port': {
        const v = value();
        const n = v !== undefined && /^[0-9]{1,5}$/.test(v) ? Number(v) : NaN;
        if (!(n >= 0 && n <= 65535)) {
          return bad(
            `端口无效：${String(v ?? '')}（应为 0 至 65535 的整数）`,
            `invalid port: ${String(v ?? '')} (0-65535)`,
          );
        }
        o.port = n;
        break;
      }
      case '--host': {
        const v = value();
        if (!v || (isIP(v.replace(/^\[|\]$/g, '')) === 0 && !HOSTNAME.test(v))) {
          return bad(`监听地址无效：${String(v ?? '')}`, `invalid host address: ${String(v ?? '')}`);
        }
        o.host = v.replace(/^\[|\]$/g, '');
        hostGiven = true;
        break;
      }
      case '--lan':
      case '--demo':
      case '--help':
        if (inline !== undefined) return bad(`${flag} 不带参数`, `${flag} takes no value`);
        if (flag === '--lan') o.lan = true;
        else if (flag === '--demo') o.demo = true;
        else o.help = true;
        break;
      case '-h':
        o.help = true;
        break;
      default:
        return bad(`不认识的参数：${arg}`, `unknown argument: ${arg}`);
    }
  }
  if (o.lan && !hostGiven) {
    return bad(
      '--lan 需要同时用 --host 指定监听的网卡地址',
      '--lan requires --host <address of the LAN interface>',
    );
  }
  // Reads need no token outside LAN mode: binding a network interface without it would
  // show the duty room's data to anyone on the network.
  if (!o.lan && !isLoopback(o.host)) {
    return bad(
      `监听 ${o.host} 会向局域网开放数据，请加 --lan（需要令牌）`,
      `binding ${o.host} exposes the data to the network: add --lan (tokens required)`,
    );
  }
  return { ok: true, options: o };
}
