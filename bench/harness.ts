import fs from 'node:fs';
import path from 'node:path';
import type { IntakeData } from '../src/common/contract/incidents';

/** A benchmark measures the app's path and a baseline in the same process, same run. */
export interface Bench {
  name: string;
  description: string;
  run(): Promise<Record<string, number | string>>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Times `fn` n times; returns per-call milliseconds, sorted. */
export async function timeEach(n: number, fn: (i: number) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function writeResults(results: Record<string, Record<string, number | string>>): string {
  const dir = path.resolve(import.meta.dirname, 'out');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'results.json');
  const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as object) : {};
  fs.writeFileSync(file, JSON.stringify({ ...previous, ...results }, null, 2) + '\n');
  return file;
}

/** A bare intake (a fire, grade IV, no place) for benchmarks that need many incidents. */
export function benchIntake(title: string, receivedAt: string, over: Partial<IntakeData> = {}): IntakeData {
  return {
    channel: 'phone',
    receivedAt,
    caller: { unit: '青石镇人民政府', name: '刘明', post: '值班员', phone: '13800000000' },
    title,
    description: '压测',
    cause: '',
    occurredAt: null,
    place: { townCode: null, address: '', point: null },
    casualties: { dead: 0, injured: 0, missing: 0, trapped: 0 },
    losses: '',
    measures: '',
    trend: '',
    notified: [],
    category: 'accident',
    subtype: 'fire',
    grade: 'IV',
    ...over,
  };
}
