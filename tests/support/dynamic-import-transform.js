/**
 * A jest transform for PGlite's CommonJS build, which loads Node's built-in
 * modules with `import("fs")` and the like: jest's module runtime refuses a
 * dynamic import unless node runs with --experimental-vm-modules. Each such
 * import becomes Node's own built-in module (process.getBuiltinModule, not
 * jest's registry: PGlite makes a require with createRequire from it), shaped
 * like an import's namespace, with `default`.
 */
const BUILTIN_IMPORT = /\bimport\(\s*(["'])((?:node:)?[a-z_/]+)\1\s*\)/g;
const { builtinModules } = require('node:module');
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

const SELF = readFileSync(__filename, 'utf8');

module.exports = {
  // Jest caches transformed files: a change to this transform must change the key.
  getCacheKey(source) {
    return createHash('sha256').update(SELF).update(source).digest('hex');
  },
  process(source) {
    const code = source.replace(BUILTIN_IMPORT, (all, _quote, name) =>
      builtinModules.includes(name.replace(/^node:/, ''))
        ? `Promise.resolve(((m) => ({ ...m, default: m }))(process.getBuiltinModule(${JSON.stringify(name)})))`
        : all,
    );
    return { code };
  },
};
