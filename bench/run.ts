import { coreRead, coreWrite } from './core-call.bench';
import { logsSearch, logsWrite } from './logs.bench';
import { handoverDraft, handoverPdf } from './handover.bench';
import { serverStart } from './server.bench';
import { wallSoak } from './wall.bench';
import { mapAround, mapLoad } from './map.bench';
import { suppliesStock } from './supplies.bench';
import { desktopStall } from './desktop.bench';
import { assessmentCompute } from './assessment.bench';
import { uiIntake, uiNav } from './ui.bench';
import { writeResults, type Bench } from './harness';

/** `npm run bench -- [name ...]`: runs all or the named benchmarks, prints a table, writes bench/out/results.json. */
const all: Bench[] = [
  coreWrite,
  coreRead,
  serverStart,
  logsWrite,
  logsSearch,
  wallSoak,
  mapLoad,
  mapAround,
  handoverDraft,
  handoverPdf,
  suppliesStock,
  desktopStall,
  assessmentCompute,
  uiIntake,
  uiNav,
];

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const chosen = wanted.length ? all.filter((b) => wanted.includes(b.name)) : all;
  const unknown = wanted.filter((w) => !all.some((b) => b.name === w));
  if (unknown.length) {
    console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${all.map((b) => b.name).join(', ')}`);
    process.exit(2);
  }
  const results: Record<string, Record<string, number | string>> = {};
  for (const b of chosen) {
    console.log(`\n${b.name}: ${b.description}`);
    const r = await b.run();
    results[b.name] = r;
    console.table(r);
  }
  console.log(`\nwritten: ${writeResults(results)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
