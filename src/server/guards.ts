import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/**
 * DNS-rebinding and cross-site protection (ARCHITECTURE.md §4). A web page on evil.example
 * can make the browser resolve its own name to 127.0.0.1 and call us: the Host header
 * then still says evil.example, so we answer only Host values that name the address we
 * are bound to. A page open in another tab can POST to us directly: its Origin header
 * gives it away.
 */
export interface HostGuard {
  /** The Host header values (lower case, `name:port`) this server answers to. */
  readonly hosts: ReadonlySet<string>;
  hostAllowed(host: string | undefined): boolean;
  /** No Origin header (same-origin GET, curl, tests) is fine; any other origin is not. */
  originAllowed(origin: string | undefined): boolean;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

function isUnspecified(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === '0.0.0.0' || h === '::';
}

/** How a host appears in a Host header: IPv6 literals in brackets. */
function hostForm(host: string): string {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return isIP(h) === 6 ? `[${h}]` : h;
}

function localAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) out.push(a.address.replace(/%.*$/, ''));
  }
  return out;
}

/**
 * `hostNames`: DNS names of this PC configured for LAN mode (a wall PC reaching the duty
 * PC by name); none by default.
 */
export function createHostGuard(
  boundHost: string,
  port: number,
  hostNames: readonly string[] = [],
): HostGuard {
  const names = new Set<string>([hostForm(boundHost), ...hostNames.map(hostForm)]);
  if (isLoopback(boundHost) || isUnspecified(boundHost)) for (const n of LOOPBACK_NAMES) names.add(n);
  // Bound to every interface: any of this machine's own addresses is a fair name.
  if (isUnspecified(boundHost)) for (const a of localAddresses()) names.add(hostForm(a));
  const hosts = new Set<string>();
  for (const n of names) {
    hosts.add(`${n}:${port}`);
    // Browsers leave out the default port.
    if (port === 80) hosts.add(n);
  }
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  return {
    hosts,
    hostAllowed: (host) => host !== undefined && hosts.has(host.toLowerCase()),
    originAllowed: (origin) => origin === undefined || origins.has(origin.toLowerCase()),
  };
}
