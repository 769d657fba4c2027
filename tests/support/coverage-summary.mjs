/**
 * Prints line and branch coverage per package (packages/<name>/src) and in
 * total, from jest's coverage/coverage-summary.json (`npm run coverage`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const summary = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8'));
const root = process.cwd();
const packages = new Map();
for (const [file, figures] of Object.entries(summary)) {
  if (file === 'total') continue;
  const name = /^packages\/([^/]+)\/src\//.exec(path.relative(root, file))?.[1];
  if (name === undefined) continue;
  const sum = packages.get(name) ?? { lines: [0, 0], branches: [0, 0] };
  sum.lines[0] += figures.lines.covered;
  sum.lines[1] += figures.lines.total;
  sum.branches[0] += figures.branches.covered;
  sum.branches[1] += figures.branches.total;
  packages.set(name, sum);
}
const pct = ([covered, total]) => (total === 0 ? '  -  ' : `${((100 * covered) / total).toFixed(1).padStart(5)} %`);
const all = { lines: [0, 0], branches: [0, 0] };
console.log(`\n${'package'.padEnd(12)} ${'lines'.padStart(8)} ${'branches'.padStart(10)}`);
for (const [name, s] of [...packages].sort()) {
  console.log(`${name.padEnd(12)} ${pct(s.lines).padStart(8)} ${pct(s.branches).padStart(10)}`);
  for (const key of ['lines', 'branches']) for (const i of [0, 1]) all[key][i] += s[key][i];
}
console.log(`${'all'.padEnd(12)} ${pct(all.lines).padStart(8)} ${pct(all.branches).padStart(10)}   (packages/*/src)`);
