// Builds the ES module twin of each package's CommonJS build.
//
// `tsc -b` writes dist/cjs (JavaScript and declarations). This script writes
// dist/esm beside it: each source file transpiled by esbuild on its own (no
// bundling, so a bundler can still drop unused modules), the declarations
// copied from dist/cjs, and in both every relative specifier given the file it
// names (`./errors` → `./errors.js`, `./expr` → `./expr/index.js`), since
// Node's ES module resolver does not guess extensions. A `src/NAME.esm.mjs`
// file replaces `dist/esm/NAME.js` where the two formats must differ. Each of
// the two folders gets a package.json saying its module format.
//
// Usage: node scripts/build-esm.mjs packages/core packages/sqlite …  (default: every package)
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function filesUnder(dir, test) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, test));
    else if (test(entry.name)) out.push(full);
  }
  return out;
}

/** The specifier naming the built file for `spec`, written in a file at `fromDir` (relative to src). */
function withExtension(srcRoot, fromDir, spec) {
  if (/\.(c|m)?js$/.test(spec)) return spec;
  const target = path.resolve(srcRoot, fromDir, spec);
  if (fs.existsSync(`${target}.ts`)) return `${spec}.js`;
  if (fs.existsSync(path.join(target, 'index.ts'))) return `${spec}/index.js`;
  throw new Error(`cannot resolve ${spec} from ${path.join(srcRoot, fromDir)}`);
}

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

function rewriteSpecifiers(code, srcRoot, fromDir) {
  return code.replace(SPECIFIER, (_all, lead, quote, spec) => `${lead}${quote}${withExtension(srcRoot, fromDir, spec)}${quote}`);
}

// Drivers load their database library (pg, better-sqlite3 …) with require()
// when the first connection opens. An ES module has no require: this gives it
// one, made on first use (from __filename where a bundler wrapped the module
// as CommonJS, else from import.meta.url).
const USES_REQUIRE = /\brequire\(/;
const REQUIRE_PRELUDE = `import { createRequire as __alkahestCreateRequire } from 'node:module';
let __alkahestRequire;
function require(id) {
  __alkahestRequire ??= __alkahestCreateRequire(typeof __filename === 'string' ? __filename : import.meta.url);
  return __alkahestRequire(id);
}
`;

async function buildPackage(dir) {
  const srcRoot = path.join(dir, 'src');
  const cjs = path.join(dir, 'dist', 'cjs');
  const esm = path.join(dir, 'dist', 'esm');
  if (!fs.existsSync(cjs)) throw new Error(`${cjs} is missing: run tsc -b first`);
  fs.rmSync(esm, { recursive: true, force: true });
  const sources = filesUnder(srcRoot, (name) => name.endsWith('.ts') && !name.endsWith('.d.ts'));
  await build({
    entryPoints: sources,
    outdir: esm,
    outbase: srcRoot,
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    // require() is given to ES modules by REQUIRE_PRELUDE below.
    logOverride: { 'unsupported-require-call': 'silent' },
  });
  for (const file of filesUnder(esm, (name) => name.endsWith('.js'))) {
    const fromDir = path.dirname(path.relative(esm, file));
    const code = rewriteSpecifiers(fs.readFileSync(file, 'utf8'), srcRoot, fromDir);
    fs.writeFileSync(file, USES_REQUIRE.test(code) ? REQUIRE_PRELUDE + code : code);
  }
  for (const file of filesUnder(cjs, (name) => name.endsWith('.d.ts'))) {
    const relative = path.relative(cjs, file);
    const target = path.join(esm, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, rewriteSpecifiers(fs.readFileSync(file, 'utf8'), srcRoot, path.dirname(relative)));
  }
  for (const twin of filesUnder(srcRoot, (name) => name.endsWith('.esm.mjs'))) {
    const relative = path.relative(srcRoot, twin).replace(/\.esm\.mjs$/, '.js');
    fs.copyFileSync(twin, path.join(esm, relative));
  }
  fs.writeFileSync(path.join(esm, 'package.json'), '{ "type": "module", "sideEffects": false }\n');
  fs.writeFileSync(path.join(cjs, 'package.json'), '{ "type": "commonjs", "sideEffects": false }\n');
}

const given = process.argv.slice(2);
const packages = given.length > 0 ? given : fs.readdirSync(path.join(root, 'packages')).map((name) => path.join('packages', name));
for (const dir of packages) {
  if (!fs.existsSync(path.join(root, dir, 'src', 'index.ts'))) continue;
  await buildPackage(path.join(root, dir));
}
