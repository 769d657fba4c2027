/**
 * Loading a migration or config file: JavaScript with `require`, TypeScript
 * too where a loader is registered (ts-node, tsx, jest), else transpiled in
 * memory with the project's own `typescript` package.
 */
import Module from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MigrationError } from './errors';

interface Transpiler {
  transpileModule(input: string, options: { compilerOptions: Record<string, unknown>; fileName: string }): { outputText: string };
  ModuleKind: { CommonJS: number };
  ScriptTarget: { ES2022: number };
}

/** Loads a module by path and gives its exports. */
export async function loadModule(path: string): Promise<unknown> {
  try {
    // A long-lived process (a watcher, a test) reads the file as it is now.
    delete require.cache[path];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path) as unknown;
  } catch (error) {
    if (!/\.[cm]?ts$/.test(path) || !(error instanceof SyntaxError)) throw error;
  }
  return transpileAndLoad(path);
}

function transpileAndLoad(path: string): unknown {
  let ts: Transpiler;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ts = require(require.resolve('typescript', { paths: [dirname(path), process.cwd()] })) as Transpiler;
  } catch {
    throw new MigrationError(`cannot load ${path}: install typescript in the project, or compile migrations to JavaScript`);
  }
  const output = ts.transpileModule(readFileSync(path, 'utf8'), {
    fileName: path,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const mod = new Module(path, module) as Module & { _compile(code: string, filename: string): void; paths: string[] };
  mod.filename = path;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(path));
  mod._compile(output, path);
  return mod.exports;
}
