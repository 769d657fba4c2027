/**
 * Loading an installed package by name, for the URL-scheme lookup of dialects.
 *
 * This is the CommonJS build's loader. The ES module build ships
 * `load-package.esm.mjs` in its place (see scripts/build-esm.mjs): there is no
 * `require` in an ES module, and it must load the package's ES module build so
 * that the dialect shares one `@alkahest/core` with the application.
 */
export function loadPackage(name: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(name);
}
