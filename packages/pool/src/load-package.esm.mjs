// The ES module build's twin of load-package.ts (copied over dist/esm/load-package.js).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Loads the ES module build of an installed package, synchronously: the path
 * comes from the import resolver (so the package's "import" export is used,
 * sharing @alkahest/core with the application's own imports), then Node's
 * require of an ES module (Node 20.19+, 22.12+) loads it. Where Node cannot
 * require an ES module, the CommonJS build is loaded instead.
 */
export function loadPackage(name) {
  // Made here, not at module level: a bundle that never looks a dialect up
  // (createEngine(url, { dialect })) may have no import.meta.url at all.
  const require = createRequire(import.meta.url);
  let path;
  try {
    path = fileURLToPath(import.meta.resolve(name));
  } catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
      throw Object.assign(new Error(`Cannot find module '${name}'`), { code: 'MODULE_NOT_FOUND', cause: error });
    }
    throw error;
  }
  try {
    return require(path);
  } catch (error) {
    if (error && error.code === 'ERR_REQUIRE_ESM') return require(name);
    throw error;
  }
}
