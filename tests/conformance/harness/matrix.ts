/**
 * The feature matrix: every feature the conformance cases name, against every
 * dialect, as native, emulated or not available. It is computed from the
 * cases (their expected outcomes and `emulatedOn` notes), so the page in
 * docs/features.md, which a test compares with it, cannot drift from them.
 */
import type { Area, ConformanceCase, DialectName, Support } from './case';
import { DIALECTS } from './case';

/** One cell: how a dialect does a feature, with notes. */
export interface Cell {
  readonly support: Support | 'partly';
  readonly notes: readonly string[];
}

/** How one case's outcome on a dialect places it in the matrix. */
function supportOf(c: ConformanceCase, dialect: DialectName): { support: Support; notes: string[] } {
  const outcome = c.outcomeFor(dialect);
  if ('error' in outcome && outcome.error.name === 'UnsupportedFeatureError') {
    return { support: 'not available', notes: ['why' in outcome ? String((outcome as { why: unknown }).why) : c.name] };
  }
  const how = c.emulatedOn[dialect];
  const remark = c.noteOn[dialect];
  const notes = [how, remark].filter((n): n is string => n !== undefined);
  return { support: how === undefined ? 'native' : 'emulated', notes };
}

/** The matrix rows, features in the order the cases first name them. */
export function featureMatrix(areas: readonly Area[]): Map<string, Record<DialectName, Cell>> {
  const rows = new Map<string, Record<DialectName, { supports: Set<Support>; notes: string[] }>>();
  for (const area of areas) {
    for (const c of area.cases) {
      if (c.feature === undefined) continue;
      let row = rows.get(c.feature);
      if (row === undefined) {
        row = Object.fromEntries(DIALECTS.map((d) => [d, { supports: new Set<Support>(), notes: [] as string[] }])) as Record<
          DialectName,
          { supports: Set<Support>; notes: string[] }
        >;
        rows.set(c.feature, row);
      }
      for (const d of DIALECTS) {
        const { support, notes } = supportOf(c, d);
        row[d].supports.add(support);
        for (const note of notes) if (!row[d].notes.includes(note)) row[d].notes.push(note);
      }
    }
  }
  const out = new Map<string, Record<DialectName, Cell>>();
  for (const [feature, row] of rows) {
    const cells = {} as Record<DialectName, Cell>;
    for (const d of DIALECTS) {
      const supports = [...row[d].supports];
      cells[d] = { support: supports.length === 1 ? supports[0]! : 'partly', notes: row[d].notes };
    }
    out.set(feature, cells);
  }
  return out;
}

const LABEL: Record<Cell['support'], string> = { native: '✅ native', emulated: '🔁 emulated', 'not available': '❌ not available', partly: '◐ partly' };

/** The Markdown page for docs/features.md. */
export function featureMatrixMarkdown(areas: readonly Area[]): string {
  const matrix = featureMatrix(areas);
  const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    '# Features by dialect',
    '',
    '<!-- Generated from the conformance cases (tests/conformance/cases) by `npm run docs:features`; a test fails when this page and the cases disagree. -->',
    '',
    'What each SQL feature compiles to on each dialect: **native** SQL, **emulated** (rewritten into other SQL that gives the same rows), or **not available** (a clear `UnsupportedFeatureError` naming the feature). Every cell is backed by conformance cases that run live on SQLite, PostgreSQL and MariaDB and check Oracle\'s SQL.',
    '',
    `| Feature | ${DIALECTS.join(' | ')} |`,
    `|---|${DIALECTS.map(() => '---').join('|')}|`,
  ];
  for (const [feature, cells] of matrix) {
    const cell = (c: Cell) => `${LABEL[c.support]}${c.notes.length > 0 ? `: ${escape(c.notes.join('; '))}` : ''}`;
    lines.push(`| ${escape(feature)} | ${DIALECTS.map((d) => cell(cells[d])).join(' | ')} |`);
  }
  lines.push('', 'MySQL here means MySQL 8 and MariaDB 10.6+; where they differ, the note says which.', '');
  return lines.join('\n');
}
