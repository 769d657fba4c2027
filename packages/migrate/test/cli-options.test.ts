/**
 * The CLI's options and refusals, on SQLite files: usage, a missing database
 * or config file, unknown commands, a config module with its own URL and
 * versions table, a schema module exporting MetaData or nothing, warnings and
 * DESTRUCTIVE from generate, up --to, down --all, a migration's log lines,
 * a failed migration in status and resolve, pull to standard output.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from '@alkahest/core';
import { main, MigrationError } from '@alkahest/migrate';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

// Inside the repository, so that the modules written here import the workspace's packages.
const work = join(__dirname, `.work-options-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the last run printed, also when it threw. */
let printed: string[] = [];

function cli(cwd: string, env: NodeJS.ProcessEnv = {}) {
  return async (...argv: string[]) => {
    const out: string[] = (printed = []);
    const err: string[] = [];
    const code = await main(argv, { cwd, env, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}

function project(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'migrations'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('usage and refusals', () => {
  const dir = project('refusals', { 'alkahest.config.json': JSON.stringify({ migrations: './migrations' }) });

  test('no command prints the usage and fails; --help prints it and succeeds', async () => {
    const none = await cli(dir)();
    expect(none.code).toBe(1);
    expect(none.out).toMatch(/^usage:\n {2}alkahest migrate generate/);
    const help = await cli(dir)('migrate', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toBe(none.out);
  });

  test('a database is needed, from DATABASE_URL or the config', async () => {
    await expect(cli(dir)('migrate', 'status')).rejects.toThrow(new MigrationError('no database: set DATABASE_URL or `url` in alkahest.config.ts'));
  });

  test('a config file named with --config must exist', async () => {
    await expect(cli(dir, { DATABASE_URL: 'sqlite::memory:' })('migrate', 'status', '--config', 'nowhere.json')).rejects.toThrow(
      new MigrationError(`no config file ${join(dir, 'nowhere.json')}`),
    );
  });

  test('unknown commands and generate without a schema module are refused', async () => {
    const run = cli(dir, { DATABASE_URL: 'sqlite::memory:' });
    await expect(run('frobnicate')).rejects.toThrow(MigrationError);
    await expect(run('frobnicate')).rejects.toThrow(/^unknown command frobnicate\nusage:/);
    await expect(run('migrate')).rejects.toThrow(/^unknown migrate command undefined\nusage:/);
    await expect(run('migrate', 'generate')).rejects.toThrow(new MigrationError('generate needs `schema` in alkahest.config.ts: the module exporting your tables'));
    await expect(run('migrate', 'resolve', 'x')).rejects.toThrow(new MigrationError('resolve <id> needs --applied or --rolled-back'));
    await expect(run('migrate', 'resolve', 'x', '--applied', '--rolled-back')).rejects.toThrow(new MigrationError('resolve <id> needs --applied or --rolled-back'));
  });
});

describe('a config module and a schema module', () => {
  const dir = project('module', {
    'alkahest.config.ts': `export default { url: 'sqlite:' + ${JSON.stringify(join(work, 'module', 'app.db'))}, schema: './schema.ts', migrations: './steps', tableName: 'schema_versions' };\n`,
    'schema.ts': `import { integer, MetaData, table, text } from '@alkahest/core';
export const metadata = new MetaData(table('tasks', { id: integer().primaryKey(), title: text().notNull() }));
`,
    'empty.ts': 'export const nothing = 1;\n',
  });
  const run = cli(dir);

  test('the URL, the migrations directory and the versions table come from the module', async () => {
    expect((await run('migrate', 'generate', 'tasks')).out).toMatch(/^wrote .*\/steps\/\d{8}T\d{6}_tasks\.ts \(1 operation\(s\)\)$/);
    expect((await run('migrate', 'up')).out).toMatch(/applied 1 migration\(s\)$/);
    const pulled = await run('pull', '--only', 'tasks,schema_versions');
    // The versions table is the migrator's, never the application's.
    expect(pulled.out).toContain("export const tasks = table('tasks', {");
    expect(pulled.out).not.toContain('schema_versions');
    expect((await run('migrate', 'status')).out).toMatch(/^applied {2}\d{8}T\d{6}_tasks {2}\d{4}-/);
  });

  test('a schema module exporting no tables is refused', async () => {
    writeFileSync(join(dir, 'other.config.json'), JSON.stringify({ url: `sqlite:${join(dir, 'app.db')}`, schema: './empty.ts' }));
    await expect(run('migrate', 'generate', '--config', 'other.config.json')).rejects.toThrow(new MigrationError(`${join(dir, 'empty.ts')} exports no MetaData and no tables`));
  });
});

describe('runs', () => {
  const url = `sqlite:${join(work, 'runs', 'app.db')}`;
  const schema = (columns: string) => `import { integer, table, text } from '@alkahest/core';
export const items = table('items', { id: integer().primaryKey()${columns} });
`;
  const dir = project('runs', { 'alkahest.config.json': JSON.stringify({ schema: './schema.ts' }), 'schema.ts': schema(', label: text()') });
  const run = cli(dir, { DATABASE_URL: url });
  const ids: string[] = [];

  test('generate warns of a likely rename and says DESTRUCTIVE; up --to stops there; down --all reverts everything', async () => {
    ids.push(/(\d{8}T\d{6}_items)\.ts/.exec((await run('migrate', 'generate', 'items')).out)![1]!);
    await new Promise((r) => setTimeout(r, 1100)); // a new second: a new migration id
    writeFileSync(join(dir, 'schema2.ts'), schema(', name: text()'));
    writeFileSync(join(dir, 'alkahest.config.json'), JSON.stringify({ schema: './schema2.ts' }));
    // The diff is against the database: apply the first one.
    expect((await run('migrate', 'up')).out).toMatch(/applied 1 migration\(s\)$/);
    const second = await run('migrate', 'generate', 'rename');
    expect(second.err).toBe('warning: items.label is dropped and items.name added with the same type: if it is a rename, pass the hint items.label=name, or its values are lost');
    expect(second.out).toMatch(/\(2 operation\(s\), DESTRUCTIVE: review it; up needs --allow-destructive\)$/);
    ids.push(/(\d{8}T\d{6}_rename)\.ts/.exec(second.out)![1]!);

    expect((await run('migrate', 'up', '--to', ids[0]!)).out).toBe('nothing to do');
    expect((await run('migrate', 'up', '--allow-destructive')).out).toMatch(/applied 1 migration\(s\)$/);
    const down = await run('migrate', 'down', '--all', '--allow-destructive');
    expect(down.out).toMatch(new RegExp(`← ${ids[1]} \\(1/2\\)[\\s\\S]*← ${ids[0]} \\(2/2\\)[\\s\\S]*reverted 2 migration\\(s\\)$`));
    expect((await run('migrate', 'status')).out.split('\n')).toEqual([`pending  ${ids[0]}`, `pending  ${ids[1]}`]);
  });

  test("a migration's log lines are printed; on SQLite a failed one is rolled back and stays pending", async () => {
    const id = '29990101T000000_fails';
    writeFileSync(join(dir, 'migrations', `${id}.ts`), failing('no_such_table'));
    await expect(run('migrate', 'up', '--allow-destructive')).rejects.toThrow(/no such table: no_such_table/);
    expect(printed.slice(-2)).toEqual([`→ ${id} (3/3)`, '    about to fail']);
    expect((await run('migrate', 'status')).out.split('\n').slice(-1)).toEqual([`pending  ${id}`]);
    await expect(run('migrate', 'resolve', id, '--rolled-back')).rejects.toThrow(new MigrationError(`migration ${id} is not failed: nothing to resolve`));
  });
});

/** A migration that logs, creates a table, then fails on a table that does not exist. */
const failing = (missing: string, created?: string) => `import { sql } from '@alkahest/core';
import type { MigrationContext } from '@alkahest/migrate';
export async function up(m: MigrationContext): Promise<void> {
  m.log('about to fail');
  ${created === undefined ? '' : `await m.execute(sql\`CREATE TABLE ${created} (id INT)\`);`}
  await m.execute(sql\`INSERT INTO ${missing} VALUES (1)\`);
}
export async function down(): Promise<void> {}
`;

describeDatabase(databases.find((d) => d.name === 'mysql')!, (engine) => {
  liveTest('mysql: a migration failed after DDL (which MySQL commits) shows in status with its statement; resolve marks it rolled back', async () => {
    const p = uniqueName('cf');
    const dir = project(`failed-${p}`, { 'alkahest.config.json': JSON.stringify({ tableName: `${p}_versions` }) });
    const run = cli(dir, { DATABASE_URL: databases.find((d) => d.name === 'mysql')!.url });
    const id = '29990101T000000_fails';
    writeFileSync(join(dir, 'migrations', `${id}.ts`), failing(`${p}_missing`, `${p}_made`));
    try {
      await expect(run('migrate', 'up')).rejects.toThrow(new RegExp(`${p}_missing' doesn't exist`));
      expect((await run('migrate', 'status')).out.split('\n')).toEqual([
        expect.stringMatching(new RegExp(`^failed {3}${id} {2}\\d{4}-`)),
        `         failed at: INSERT INTO ${p}_missing VALUES (1)`,
        expect.stringMatching(new RegExp(`^ {9}Table '.*${p}_missing' doesn't exist`)),
        `  in: INSERT INTO ${p}_missing VALUES (1)`,
      ]);
      expect((await run('migrate', 'resolve', id, '--rolled-back')).out).toBe(`${id} marked rolled back`);
      expect((await run('migrate', 'status')).out).toBe(`pending  ${id}`);
    } finally {
      for (const t of [`${p}_made`, `${p}_versions`]) await engine().execute(sql`DROP TABLE IF EXISTS ${sql.id(t)}`);
    }
  });
});
