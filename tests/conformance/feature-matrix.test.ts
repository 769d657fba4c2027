/**
 * docs/features.md is the feature matrix computed from the conformance cases;
 * this test fails when they disagree. `npm run docs:features` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { areas } from './cases';
import { featureMatrixMarkdown } from './harness/matrix';

const page = join(__dirname, '..', '..', 'docs', 'features.md');

test('docs/features.md matches the conformance cases', () => {
  const expected = featureMatrixMarkdown(areas);
  if (process.env.UPDATE_FEATURES === '1') writeFileSync(page, expected);
  expect(readFileSync(page, 'utf8')).toBe(expected);
});
