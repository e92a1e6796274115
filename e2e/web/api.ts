import type { Page } from '@playwright/test';
import type { IntakeData } from '../../src/common/contract/incidents';
import { e2eIso, e2eNow } from './clock';

/**
 * A test's own calls to the host's API (setup and checks beside what the user does on
 * screen), the sign-in every demo host offers, and the one incident every API-made
 * incident starts from. Times come from the run's clock (clock.ts), never the machine's.
 */

/** The demo county's administrator. */
export const ADMIN = { name: '系统管理员', pin: '0000' } as const;

/** Where the renderer keeps the signed-in operator's session token. */
const TOKEN_KEY = 'duty-room.operator-token';

/** A running host, read when the call is made (`useHost` starts it in beforeAll). */
export interface HostRef {
  readonly url: string;
}

/** The host's whole answer: a test of a refusal reads the status and the error. */
export interface Answer<T> {
  status: number;
  ok: boolean;
  value: T;
  error?: { code: string; message: string };
}

export async function answer<T>(
  host: HostRef,
  method: string,
  input: unknown,
  token = '',
): Promise<Answer<T>> {
  const res = await fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as Omit<Answer<T>, 'status'>;
  return { status: res.status, ...body };
}

/** A call that must succeed: its value, or an error naming the method and the host's refusal. */
export async function call<T>(host: HostRef, method: string, input: unknown, token = ''): Promise<T> {
  const a = await answer<T>(host, method, input, token);
  if (!a.ok) throw new Error(`${method}: ${JSON.stringify(a.error)}`);
  return a.value;
}

/** A session for an operator by name (default the administrator), as the sign-in screen gets one. */
export async function signInToken(
  host: HostRef,
  name: string = ADMIN.name,
  pin: string | undefined = ADMIN.pin,
): Promise<string> {
  const ops = await call<{ id: string; name: string }[]>(host, 'operators.list', {});
  const op = ops.find((o) => o.name === name);
  if (!op) throw new Error(`no operator named ${name} on ${host.url}`);
  const input = pin === undefined ? { operatorId: op.id } : { operatorId: op.id, pin };
  return (await call<{ token: string }>(host, 'auth.signIn', input)).token;
}

/** The session token of the operator signed in on this page ('' when none). */
export async function pageToken(page: Page): Promise<string> {
  return (await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY)) ?? '';
}

/**
 * The Authorization header of the operator signed in on this page, for a test's own
 * requests: every read but the sign-in screen's takes a session.
 */
export async function sessionHeaders(page: Page): Promise<Record<string, string>> {
  const token = await pageToken(page);
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** The host the page is on: a page's own calls go where the page came from. */
function hostOf(page: Page): HostRef {
  return { url: new URL(page.url()).origin };
}

/** A call as the operator signed in on this page, its whole answer. */
export async function answerAs<T>(page: Page, method: string, input: unknown): Promise<Answer<T>> {
  return answer<T>(hostOf(page), method, input, await pageToken(page));
}

/** A call as the operator signed in on this page that must succeed. */
export async function callAs<T>(page: Page, method: string, input: unknown): Promise<T> {
  return call<T>(hostOf(page), method, input, await pageToken(page));
}

/** A client key no other call of this run uses (the host replays a repeated one). */
export function clientKey(what: string): string {
  return `k_${what}_${e2eNow()}_${Math.random().toString(36).slice(2, 8)}`;
}

/** A short number that tells this run's titles apart from the demo's and each other's. */
export function titleMark(): string {
  return String(e2eNow() % 100_000);
}

/**
 * `incidents.create` input: a 一般（Ⅳ级）landslide phoned in by a town office at the
 * run's now, no casualties, no point; `intake` says what a test needs otherwise.
 */
export function newIncident(intake: Partial<IntakeData> & { title: string }): {
  clientKey: string;
  intake: IntakeData;
} {
  return {
    clientKey: clientKey('incident'),
    intake: {
      channel: 'phone',
      receivedAt: e2eIso(),
      caller: { unit: '青石镇人民政府', name: '刘明', post: '应急办主任', phone: '13800001234' },
      description: '',
      cause: '',
      occurredAt: null,
      place: { townCode: null, address: '', point: null },
      casualties: { dead: 0, injured: 0, missing: 0, trapped: 0 },
      losses: '',
      measures: '',
      trend: '',
      notified: [],
      category: 'natural',
      subtype: 'landslide',
      grade: 'IV',
      ...intake,
    },
  };
}
