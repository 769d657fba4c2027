/**
 * The mutation score per module, from StrykerJS's JSON reports.
 *
 *   node tests/mutation/scores.mjs [reports/mutation/cache.json …]  records them in docs/mutation-scores.json
 *                                                                    (every report in reports/mutation/ by default)
 *   node tests/mutation/scores.mjs --check                           CI: every module has a score, none older
 *                                                                    than 30 days while its source changed
 *
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage),
 * as Stryker counts it; mutants that do not compile (the TypeScript checker)
 * and static ones are left out.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { modules } from './modules.mjs';

const SCORE_FILE = 'docs/mutation-scores.json';
const MAX_AGE_DAYS = 30;

/** A glob as the modules write them ({a,b}, *, **) as a regular expression. */
function globRegex(glob) {
  const source = glob
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]*)\}/g, (_, alternatives) => `(${alternatives.split(',').join('|')})`)
    .replace(/\*\*\//g, '@GLOBSTAR@')
    .replace(/\*/g, '[^/]*')
    .replace(/@GLOBSTAR@/g, '(.*/)?');
  return new RegExp(`^${source}$`);
}

function moduleOf(file) {
  return Object.keys(modules).find((name) => modules[name].mutate.some((glob) => globRegex(glob).test(file)));
}

/** The files a module mutates, today, and one hash over their contents. */
function sourceHash(name) {
  const files = execFileSync('git', ['ls-files', 'packages'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => file !== '' && moduleOf(file) === name)
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function tally(mutants) {
  const counts = { killed: 0, timedOut: 0, survived: 0, noCoverage: 0, compileErrors: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') counts.killed++;
    else if (m.status === 'Timeout') counts.timedOut++;
    else if (m.status === 'Survived') counts.survived++;
    else if (m.status === 'NoCoverage') counts.noCoverage++;
    else if (m.status === 'CompileError') counts.compileErrors++;
  }
  const detected = counts.killed + counts.timedOut;
  const valid = detected + counts.survived + counts.noCoverage;
  return { score: valid === 0 ? null : Math.round((1000 * detected) / valid) / 10, ...counts };
}

function record(reports) {
  const scores = existsSync(SCORE_FILE) ? JSON.parse(readFileSync(SCORE_FILE, 'utf8')) : { modules: {} };
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const byModule = new Map();
  for (const report of reports) {
    const { files } = JSON.parse(readFileSync(report, 'utf8'));
    for (const [file, { mutants }] of Object.entries(files)) {
      const name = moduleOf(file);
      if (name === undefined) throw new Error(`${file} belongs to no module of tests/mutation/modules.mjs`);
      if (!byModule.has(name)) byModule.set(name, {});
      byModule.get(name)[file] = mutants;
    }
  }
  for (const [name, files] of byModule) {
    const perFile = Object.fromEntries(Object.entries(files).map(([file, mutants]) => [file, tally(mutants).score]));
    scores.modules[name] = { ...tally(Object.values(files).flat()), files: perFile, date: new Date().toISOString().slice(0, 10), commit, sourceHash: sourceHash(name) };
  }
  scores.modules = Object.fromEntries(Object.keys(modules).filter((name) => name in scores.modules).map((name) => [name, scores.modules[name]]));
  writeFileSync(SCORE_FILE, `${JSON.stringify(scores, null, 2)}\n`);
  for (const [name, s] of Object.entries(scores.modules)) console.log(`${name.padEnd(18)} ${String(s.score).padStart(5)} %  (${s.date}, ${s.commit})`);
}

function check() {
  const scores = existsSync(SCORE_FILE) ? JSON.parse(readFileSync(SCORE_FILE, 'utf8')) : { modules: {} };
  const problems = [];
  for (const name of Object.keys(modules)) {
    const s = scores.modules[name];
    if (s === undefined) {
      console.log(`mutation score: ${name} not measured yet (STRYKER_MODULES=${name} npm run mutation)`);
      continue;
    }
    const changed = s.sourceHash !== sourceHash(name);
    const ageDays = (Date.now() - Date.parse(s.date)) / 86_400_000;
    const line = `mutation score: ${name} ${s.score} % (${s.date}${changed ? ', source changed since' : ''})`;
    console.log(line);
    if (changed && ageDays > MAX_AGE_DAYS) problems.push(`${name}: measured ${Math.floor(ageDays)} days ago and its source has changed; run STRYKER_MODULES=${name} npm run mutation, then npm run mutation:scores`);
  }
  if (problems.length > 0) {
    console.error(`stale mutation scores in ${SCORE_FILE}:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

const args = process.argv.slice(2);
if (args[0] === '--check') check();
else if (args.length > 0) record(args);
else {
  const dir = 'reports/mutation';
  const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'slice.json' && !f.includes('.before.')).map((f) => `${dir}/${f}`) : [];
  if (reports.length === 0) {
    console.error('no reports in reports/mutation: run npm run mutation first');
    process.exit(2);
  }
  record(reports);
}
