import { isIP } from 'node:net';
import { isLoopback } from './guards';
import type { CliKey, CliProblem } from './cli-messages';

export const DEFAULT_PORT = 5317;

export interface CliOptions {
  /** --data, or null for DUTY_ROOM_DATA / the OS user-data directory. */
  data: string | null;
  port: number;
  host: string;
  lan: boolean;
  /**
   * --host-name (repeatable, LAN mode only): DNS names of this PC the wall PCs use
   * (http://duty-pc:5317/), answered besides its addresses. None by default: every other
   * Host header is refused (DNS rebinding).
   */
  hostNames: string[];
  demo: boolean;
  /** --static: the built renderer; null for out/renderer in the repository. */
  staticDir: string | null;
  help: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; problem: CliProblem };

// A host name or an IP literal; nothing that could smuggle a path or a port in.
const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const o: CliOptions = {
    data: null,
    port: DEFAULT_PORT,
    host: '127.0.0.1',
    lan: false,
    hostNames: [],
    demo: false,
    staticDir: null,
    help: false,
  };
  let hostGiven = false;
  const bad = (key: CliKey, params?: CliProblem['params']): ParsedArgs => ({
    ok: false,
    problem: { key, params },
  });

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
        if (!v) return bad('cli.needs_dir', { flag });
        if (flag === '--data') o.data = v;
        else o.staticDir = v;
        break;
      }
      case '--port': {
        const v = value();
        const n = v !== undefined && /^[0-9]{1,5}$/.test(v) ? Number(v) : NaN;
        if (!(n >= 0 && n <= 65535)) {
          return bad('cli.bad_port', { value: v ?? '' });
        }
        o.port = n;
        break;
      }
      case '--host': {
        const v = value();
        if (!v || (isIP(v.replace(/^\[|\]$/g, '')) === 0 && !HOSTNAME.test(v))) {
          return bad('cli.bad_host', { value: v ?? '' });
        }
        o.host = v.replace(/^\[|\]$/g, '');
        hostGiven = true;
        break;
      }
      case '--host-name': {
        const v = value();
        if (!v || isIP(v) !== 0 || !HOSTNAME.test(v)) return bad('cli.bad_host_name', { value: v ?? '' });
        o.hostNames.push(v.toLowerCase());
        break;
      }
      case '--lan':
      case '--demo':
      case '--help':
        if (inline !== undefined) return bad('cli.no_value', { flag });
        if (flag === '--lan') o.lan = true;
        else if (flag === '--demo') o.demo = true;
        else o.help = true;
        break;
      case '-h':
        o.help = true;
        break;
      default:
        return bad('cli.unknown_arg', { arg });
    }
  }
  if (o.hostNames.length && !o.lan) {
    return bad('cli.host_name_needs_lan');
  }
  if (o.lan && !hostGiven) {
    return bad('cli.lan_needs_host');
  }
  // Reads need no token outside LAN mode: binding a network interface without it would
  // show the duty room's data to anyone on the network.
  if (!o.lan && !isLoopback(o.host)) {
    return bad('cli.host_needs_lan', { host: o.host });
  }
  return { ok: true, options: o };
}
