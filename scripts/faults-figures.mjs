// Sums up the fault-injection suite (tests/e2e/faults.spec.mjs), whose cases
// each append a line to test-results/faults.jsonl: cases run, cases where
// data was lost (goal 0) and the longest main-thread task measured while the
// app handled a bad input (goal at most 200 ms).
import { readFileSync, existsSync } from 'node:fs';

const file = new URL('../test-results/faults.jsonl', import.meta.url);
if (!existsSync(file)) {
  console.log('faults: no result (run the fault suite first)');
  process.exit(1);
}
const cases = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const lost = cases.filter((c) => !c.kept);
const worst = cases.reduce((m, c) => (c.longest_ms > m.longest_ms ? c : m), { longest_ms: 0, case: '-' });
console.log(`fault cases run: ${cases.length}`);
console.log(`data-loss cases: ${lost.length} (goal 0)${lost.length ? ` — ${lost.map((c) => c.case).join('; ')}` : ''}`);
console.log(`longest main-thread task on bad input: ${worst.longest_ms} ms (goal <= 200) — ${worst.case}`);
