/**
 * The code in the guides (docs/guide/*.md) and README.md compiles against the
 * current API: each ```ts block is type-checked as a module of its own, so a
 * renamed function or a changed signature fails here, not in a reader's editor.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkSnippets, snippetsOf } from './snippets';

jest.setTimeout(300_000);

const root = join(__dirname, '..', '..');
const guides = readdirSync(join(root, 'docs', 'guide'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => `docs/guide/${name}`);

describe('the code in the guides', () => {
  it('type-checks against the current API, and a block that does not compile is reported at its line', () => {
    const snippets = ['README.md', ...guides].flatMap((file) => snippetsOf(root, file));
    expect(snippets.length).toBeGreaterThan(20);
    // One program for all (a second would double the time): a broken block, to show errors are found and placed.
    const broken = { where: 'docs/guide/99-broken.md:10', code: "const n: number = 'one';\nconst column = users.c.nope;" };
    const problems = checkSnippets(root, join(__dirname, 'guide-prelude.ts'), [...snippets, broken]);
    expect(problems.filter((p) => !p.startsWith('docs/guide/99-broken.md:'))).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(/^docs\/guide\/99-broken\.md:11: Type 'string' is not assignable to type 'number'/),
      expect.stringMatching(/^docs\/guide\/99-broken\.md:12: Property 'nope' does not exist/),
    ]);
  });

  it('reads the guides in the order the issue asks for (then extending)', () => {
    expect(guides.map((file) => file.replace(/^docs\/guide\/|\.md$/g, ''))).toEqual([
      '01-getting-started', '02-tables', '03-querying', '04-inserting', '05-transactions', '06-streaming',
      '07-errors', '08-dialects', '09-performance', '10-security', '11-migrations', '12-extending', 'README',
    ]);
  });
});
