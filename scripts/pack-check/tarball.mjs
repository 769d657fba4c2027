// What a package's tarball must hold, read from its package.json: every file
// that main, module, types, bin and the exports map name; a README and a LICENSE;
// and nothing a user does not run (build info, source maps pointing at
// sources that are not shipped, sources, tests).

/** Every file path an exports map (or a condition in it) names. */
function exportTargets(exportsField) {
  if (typeof exportsField === 'string') return [exportsField];
  if (exportsField === null || typeof exportsField !== 'object') return [];
  return Object.values(exportsField).flatMap(exportTargets);
}

/** Throws, naming every problem, unless `files` (paths in the tarball) serve `manifest`. */
export function checkTarball(manifest, files) {
  const shipped = new Set(files);
  const problems = [];
  const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  const named = [manifest.main, manifest.module, manifest.types, ...exportTargets(manifest.exports), ...bins].filter(Boolean);
  for (const target of named) {
    const file = target.replace(/^\.\//, '');
    if (!shipped.has(file)) problems.push(`${target} is named by package.json but not shipped`);
  }
  for (const required of ['README.md', 'LICENSE', 'package.json']) {
    if (!shipped.has(required)) problems.push(`${required} is missing`);
  }
  for (const file of files) {
    if (/\.tsbuildinfo$|\.map$/.test(file)) problems.push(`${file} is shipped but serves no user`);
    if (/^(src|test|tests)\//.test(file)) problems.push(`${file}: sources and tests are not shipped`);
  }
  if (manifest.sideEffects !== false) problems.push('sideEffects is not false');
  if (!manifest.engines?.node) problems.push('engines.node is not declared');
  for (const format of ['esm', 'cjs']) {
    const js = files.filter((file) => file.startsWith(`dist/${format}/`) && file.endsWith('.js'));
    for (const file of js) {
      const types = file.replace(/\.js$/, '.d.ts');
      if (!shipped.has(types) && !/\.esm\.js$/.test(file)) problems.push(`${file} has no declarations (${types})`);
    }
  }
  if (problems.length > 0) throw new Error(`${manifest.name}:\n${problems.join('\n')}`);
}
