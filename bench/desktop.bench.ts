import { foldMethods } from '../src/common/areas/define';
import { commonAreas } from '../src/common/areas';
import { createCore, silentLogger } from '../src/core';
import { tempDir } from '../src/core/testing';
import { inProcessLink, type CoreLink } from '../src/main/core-link';
import { startCoreProcess } from '../src/main/core-process';
import { forkNodeCoreChild } from '../src/main/node-core-child';
import { round, type Bench } from './harness';

/**
 * What the desktop's main process (windows, menus, printing) feels while the core works:
 * the longest and the 99th-percentile gap of a 5 ms timer on main's event loop while the
 * core loads the demo county and checks 20 PINs (scrypt). Baseline: the same work with
 * the core in main's own process, as before the core had a process of its own.
 */
export const desktopStall: Bench = {
  name: 'desktop.stall',
  description:
    "main's event-loop stall during demo load + 20 PIN sign-ins: core in its own process vs in main",
  async run() {
    const inMain = await measure(async () => {
      const core = createCore({ dataDir: tempDir('bench-desk-'), backups: false });
      return { link: inProcessLink(core), close: () => core.close() };
    });
    const own = await measure(async () => {
      const dataDir = tempDir('bench-desk-');
      const proc = startCoreProcess({
        fork: () => forkNodeCoreChild(dataDir).child,
        dataDir,
        methods: foldMethods(commonAreas),
        logger: silentLogger,
      });
      const started = await proc.started;
      if (!started.ok) throw new Error(started.failure.message);
      return { link: proc, close: () => proc.close() };
    });
    return {
      in_main_max_stall_ms: round(inMain.max),
      in_main_p99_stall_ms: round(inMain.p99),
      own_process_max_stall_ms: round(own.max),
      own_process_p99_stall_ms: round(own.p99),
      max_stall_ratio: round(own.max / inMain.max, 3),
      in_main_work_ms: round(inMain.work),
      own_process_work_ms: round(own.work),
    };
  },
};

async function measure(open: () => Promise<{ link: CoreLink; close(): Promise<void> }>) {
  const { link, close } = await open();
  const gaps: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }, 5);
  const t0 = performance.now();
  const ok = <T>(r: { ok: boolean; value?: unknown }) => {
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r.value as T;
  };
  ok(await link.call('system.setup', { mode: 'demo' }));
  const ops = ok<{ id: string; role: string }[]>(await link.call('operators.list', {}));
  const admin = ops.find((o) => o.role === 'admin')!;
  for (let i = 0; i < 20; i++) {
    ok(
      await link.call(
        'auth.signIn',
        { operatorId: admin.id, pin: '0000' },
        { kind: 'anonymous' },
        { via: 'ipc' },
      ),
    );
  }
  const work = performance.now() - t0;
  clearInterval(timer);
  await close();
  gaps.sort((a, b) => a - b);
  return { max: gaps.at(-1) ?? 0, p99: gaps[Math.floor(gaps.length * 0.99)] ?? 0, work };
}
