/**
 * The mutation score per module, from StrykerJS's JSON reports.
 *
 *   node tests/mutation/scores.mjs [reports/mutation/cache.json …]  records them in docs/mutation-scores.json
 *                                                                    (every report in reports/mutation/ by default;
 *                                                                    a report of some files updates those files only)
 *   node tests/mutation/scores.mjs --check                           CI: every module has a score, none older
 *                                                                    than 30 days while its source changed
 *
 * Scores are kept per file (counts, date, commit, a hash of the file) and
 * summed per module; files of a module never measured are listed as
 * `unmeasured`, so a module run a file at a time says how far it got.
 *
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage),
 * as Stryker counts it; mutants that do not compile (the TypeScript checker)
 * and static ones are left out.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
  // Stryker's `!glob` leaves files out of a module's globs.
  const matches = (glob) => globRegex(glob.replace(/^!/, '')).test(file);
  return Object.keys(modules).find((name) => {
    const globs = modules[name].mutate;
    return globs.some((glob) => !glob.startsWith('!') && matches(glob)) && !globs.some((glob) => glob.startsWith('!') && matches(glob));
  });
}

/** The files a module mutates, today (tracked by git). */
function moduleFiles(name) {
  return execFileSync('git', ['ls-files', 'packages'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => file !== '' && moduleOf(file) === name)
    .sort();
}

/** One file's contents, hashed: a file's score is stale once this changes. */
function fileHash(file) {
  return existsSync(file) ? hashOf(readFileSync(file, 'utf8')) : null;
}

function hashOf(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** One hash over the contents of a module's files (records made before per-file hashes). */
function sourceHash(name) {
  const hash = createHash('sha256');
  for (const file of moduleFiles(name)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

const COUNTS = ['killed', 'timedOut', 'survived', 'noCoverage', 'compileErrors', 'staticNotRun'];

function score(counts) {
  const detected = counts.killed + counts.timedOut;
  const valid = detected + counts.survived + counts.noCoverage;
  return valid === 0 ? null : Math.round((1000 * detected) / valid) / 10;
}

/** A report's counts; `everyTest`: its run gave every mutant every test (`coverageAnalysis: 'all'`). */
function tally(mutants, everyTest) {
  const counts = { killed: 0, timedOut: 0, survived: 0, noCoverage: 0, compileErrors: 0, staticNotRun: 0 };
  for (const m of mutants) {
    // A static mutant (in code run when a module loads, such as a module-level constant) is
    // measured only by loading every module afresh with it, which `ignoreStatic` leaves out;
    // Stryker can still report one as survived, after no test or only the few that loaded the
    // module inside a test. Such a survivor was not measured, and is counted apart. A run
    // without per-test coverage flags every mutant static and runs it against every test:
    // its survivors are survivors.
    if (!everyTest && m.static === true && m.status === 'Survived') counts.staticNotRun++;
    else if (m.status === 'Killed') counts.killed++;
    else if (m.status === 'Timeout') counts.timedOut++;
    else if (m.status === 'Survived') counts.survived++;
    else if (m.status === 'NoCoverage') counts.noCoverage++;
    else if (m.status === 'CompileError') counts.compileErrors++;
  }
  return { score: score(counts), ...counts };
}

/**
 * A module's record from its files' records: the counts summed over the files
 * measured, and the module's files that have no score yet (a module run a file
 * at a time is only whole once every file has been run).
 */
function moduleRecord(name, files) {
  const counts = Object.fromEntries(COUNTS.map((key) => [key, Object.values(files).reduce((sum, f) => sum + (f[key] ?? 0), 0)]));
  const unmeasured = moduleFiles(name).filter((file) => !(file in files));
  return { score: score(counts), ...counts, ...(unmeasured.length > 0 ? { unmeasured } : {}), files };
}

/** Records made before scores were kept per file give a score per file but no counts. */
function isLegacy(record) {
  return Object.values(record.files).some((f) => typeof f === 'number');
}

/**
 * Records reports (oldest first, so a file's newest run wins). A report may
 * cover a whole module or some of its files (STRYKER_MUTATE): each file's
 * result replaces that file's earlier one, and the module's score is summed
 * again over its files.
 */
function record(reports) {
  const scores = existsSync(SCORE_FILE) ? JSON.parse(readFileSync(SCORE_FILE, 'utf8')) : { modules: {} };
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const ordered = [...reports].sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  const touched = new Set();
  for (const report of ordered) {
    const date = statSync(report).mtime.toISOString().slice(0, 10);
    const { files, config } = JSON.parse(readFileSync(report, 'utf8'));
    const everyTest = config?.coverageAnalysis === 'all';
    for (const [file, { mutants, source }] of Object.entries(files)) {
      const name = moduleOf(file);
      if (name === undefined) throw new Error(`${file} belongs to no module of tests/mutation/modules.mjs`);
      const previous = scores.modules[name];
      // A record without counts per file cannot be summed with new ones: its files count as unmeasured.
      const kept = previous === undefined || isLegacy(previous) ? {} : previous.files;
      if (!touched.has(name)) scores.modules[name] = { files: kept };
      touched.add(name);
      // The hash of the source the report measured; recording the same report again keeps its date and commit.
      const entry = { ...tally(mutants, everyTest), date, commit, sourceHash: hashOf(source) };
      const before = scores.modules[name].files[file];
      const same = before !== undefined && before.sourceHash === entry.sourceHash && COUNTS.every((key) => before[key] === entry[key]);
      scores.modules[name].files[file] = same ? before : entry;
    }
  }
  for (const name of touched) {
    const files = scores.modules[name].files;
    const sorted = Object.fromEntries(Object.keys(files).filter((file) => moduleOf(file) === name && existsSync(file)).sort().map((file) => [file, files[file]]));
    scores.modules[name] = moduleRecord(name, sorted);
  }
  scores.modules = Object.fromEntries(Object.keys(modules).filter((name) => name in scores.modules).map((name) => [name, scores.modules[name]]));
  writeFileSync(SCORE_FILE, `${JSON.stringify(scores, null, 2)}\n`);
  for (const [name, s] of Object.entries(scores.modules)) {
    const partial = s.unmeasured === undefined ? '' : `  (partial: ${s.unmeasured.length} file(s) not measured)`;
    console.log(`${name.padEnd(18)} ${String(s.score).padStart(5)} %${partial}`);
    if (!isLegacy(s)) for (const [file, f] of Object.entries(s.files)) console.log(`  ${file.padEnd(48)} ${String(f.score).padStart(5)} %  (${f.date}, ${f.commit})`);
  }
}

function check() {
  const scores = existsSync(SCORE_FILE) ? JSON.parse(readFileSync(SCORE_FILE, 'utf8')) : { modules: {} };
  const problems = [];
  const stale = (name, what, date, changed) => {
    const ageDays = (Date.now() - Date.parse(date)) / 86_400_000;
    if (changed && ageDays > MAX_AGE_DAYS) problems.push(`${what}: measured ${Math.floor(ageDays)} days ago and its source has changed; run STRYKER_MODULES=${name} npm run mutation, then npm run mutation:scores`);
  };
  for (const name of Object.keys(modules)) {
    const s = scores.modules[name];
    if (s === undefined) {
      console.log(`mutation score: ${name} not measured yet (STRYKER_MODULES=${name} npm run mutation)`);
      continue;
    }
    if (isLegacy(s)) {
      const changed = s.sourceHash !== sourceHash(name);
      console.log(`mutation score: ${name} ${s.score} % (${s.date}${changed ? ', source changed since' : ''})`);
      stale(name, name, s.date, changed);
      continue;
    }
    const changedFiles = Object.entries(s.files).filter(([file, f]) => f.sourceHash !== fileHash(file));
    const partial = s.unmeasured === undefined ? '' : `, ${s.unmeasured.length} file(s) not measured: ${s.unmeasured.join(', ')}`;
    console.log(`mutation score: ${name} ${s.score} % (${changedFiles.length > 0 ? `source changed since in ${changedFiles.map(([file]) => file).join(', ')}` : 'source unchanged'}${partial})`);
    for (const [file, f] of changedFiles) stale(name, file, f.date, true);
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
  const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('slice') && !f.includes('.before.')).map((f) => `${dir}/${f}`) : [];
  if (reports.length === 0) {
    console.error('no reports in reports/mutation: run npm run mutation first');
    process.exit(2);
  }
  record(reports);
}
