// The pack check: what a user installs from the registry works.
//
// Builds and `npm pack`s every package, checks each tarball's files against
// its package.json, installs the tarballs into an empty project in a temp
// folder (outside the workspace, so nothing resolves to the sources), then
// runs there: a CommonJS and an ES module script querying in-memory SQLite, a
// strict TypeScript consumer compiled with node16, nodenext and bundler module
// resolution, and an esbuild bundle of a script importing a dialect
// statically, run after bundling. Needs the npm registry (or npm's cache) for
// the packages' own dependencies, nothing else.
//
// Usage: node scripts/pack-check/run.mjs [--keep]   (--keep leaves the temp folder)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkTarball } from './tarball.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const consumerSources = path.join(root, 'scripts', 'pack-check', 'consumer');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const keep = process.argv.includes('--keep');

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
}

const results = [];
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    const detail = [error.message, error.stdout, error.stderr].filter(Boolean).join('\n');
    console.log(`  ✗ ${name}\n${detail.replace(/^/gm, '      ')}`);
  }
}

function publishedPackages() {
  return fs.readdirSync(path.join(root, 'packages'))
    .map((name) => path.join('packages', name))
    .filter((dir) => {
      const file = path.join(root, dir, 'package.json');
      return fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).private !== true;
    });
}

console.log('pack check');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'alkahest-pack-'));
const tarballs = path.join(temp, 'tarballs');
const project = path.join(temp, 'project');
fs.mkdirSync(tarballs);
fs.mkdirSync(project);
const packed = [];

await check('build', () => run('npm', ['run', '-s', 'build'], root));
for (const dir of publishedPackages()) {
  await check(`npm pack ${dir}`, () => {
    const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tarballs], path.join(root, dir)));
    packed.push(path.join(tarballs, info.filename));
    checkTarball(JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')), info.files.map((file) => file.path));
  });
}

await check('install the tarballs into an empty project', () => {
  const typesNode = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@types', 'node', 'package.json'), 'utf8')).version;
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({
    name: 'alkahest-pack-check', private: true, version: '0.0.0',
    // npm runs no dependency's install script unless allowed: better-sqlite3 builds its binding in one.
    allowScripts: { 'better-sqlite3': true },
  }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packed, `@types/node@${typesNode}`], project);
  for (const file of fs.readdirSync(consumerSources)) fs.copyFileSync(path.join(consumerSources, file), path.join(project, file));
});

if (!results.every((result) => result.ok)) finish();

await check('a CommonJS script queries in-memory SQLite', () => run('node', ['query.cjs'], project));
await check('an ES module script queries in-memory SQLite', () => run('node', ['query.mjs'], project));

const typed = fs.readFileSync(path.join(consumerSources, 'typed.ts'), 'utf8');
for (const resolution of ['node16', 'nodenext']) {
  await check(`strict TypeScript, moduleResolution ${resolution} (ES module and CommonJS)`, () => {
    fs.writeFileSync(path.join(project, 'typed.mts'), typed);
    fs.writeFileSync(path.join(project, 'typed.cts'), typed);
    run(bin('tsc'), ['--strict', '--noEmit', '--skipLibCheck', 'false', '--target', 'es2022', '--module', resolution, '--moduleResolution', resolution, '--types', 'node', 'typed.mts', 'typed.cts'], project);
  });
}
await check('strict TypeScript, moduleResolution bundler', () =>
  run(bin('tsc'), ['--strict', '--noEmit', '--skipLibCheck', 'false', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--types', 'node', 'typed.ts'], project));

for (const format of ['esm', 'cjs']) {
  await check(`an esbuild bundle (${format}) with a statically imported dialect runs`, async () => {
    const out = path.join(project, 'out', format === 'esm' ? 'bundled.mjs' : 'bundled.cjs');
    const meta = path.join(project, 'out', `meta-${format}.json`);
    // An ES module bundle gets a require() for the CommonJS libraries inside it (tarn needs 'events'):
    // the banner esbuild's documentation gives, which docs/performance.md repeats for users.
    const banner = format === 'esm' ? ["--banner:js=import { createRequire as __bannerCreateRequire } from 'node:module'; const require = __bannerCreateRequire(import.meta.url);"] : [];
    run(bin('esbuild'), ['bundled.mjs', '--bundle', '--platform=node', `--format=${format}`, '--external:better-sqlite3', ...banner, `--outfile=${out}`, `--metafile=${meta}`, '--log-level=error'], project);
    const inputs = Object.keys(JSON.parse(fs.readFileSync(meta, 'utf8')).inputs);
    if (!inputs.some((input) => input.includes('@alkahest/sqlite/dist/'))) throw new Error('the bundle does not hold @alkahest/sqlite');
    const code = fs.readFileSync(out, 'utf8');
    if (/(require\(|from |import\()\s*["']@alkahest\//.test(code)) throw new Error('the bundle still loads an @alkahest package at run time');
    // Run from a folder of its own: only better-sqlite3 is reachable, through a symlinked node_modules.
    const alone = path.join(temp, `bundle-${format}`);
    fs.mkdirSync(path.join(alone, 'node_modules'), { recursive: true });
    fs.symlinkSync(path.join(project, 'node_modules', 'better-sqlite3'), path.join(alone, 'node_modules', 'better-sqlite3'));
    for (const dependency of ['bindings', 'file-uri-to-path']) {
      const target = path.join(project, 'node_modules', dependency);
      if (fs.existsSync(target)) fs.symlinkSync(target, path.join(alone, 'node_modules', dependency));
    }
    fs.copyFileSync(out, path.join(alone, path.basename(out)));
    run('node', [path.basename(out)], alone);
  });
}

finish();

function finish() {
  if (!keep) fs.rmSync(temp, { recursive: true, force: true });
  else console.log(`  (kept ${temp})`);
  const failed = results.filter((result) => !result.ok).length;
  console.log(`pack-check: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
