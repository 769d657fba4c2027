/**
 * The `alkahest` CLI, and `pull`: a database built by hand-written DDL
 * (SQLite, PostgreSQL, MariaDB) is pulled into a TypeScript file whose
 * tables query it; the pulled files and generated migrations type-check.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asc, select, sql } from '@alkahest/core';
import type { Table } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { main } from '@alkahest/migrate';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const root = join(__dirname, '..', '..', '..');
// Inside the repository, so that the files type-check against the workspace's packages.
const work = join(__dirname, `.work-${process.pid}`);
mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(cwd: string, url: string) {
  const out: string[] = [];
  const err: string[] = [];
  const run = async (...argv: string[]) => {
    out.length = 0;
    err.length = 0;
    const code = await main(argv, { cwd, env: { DATABASE_URL: url }, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  return run;
}

describe('migrate commands (SQLite file)', () => {
  const dir = join(work, 'app');
  const url = `sqlite:${join(dir, 'app.db')}`;
  const run = cli(dir, url);
  const schema = (extra: string) => `import { integer, table, text, varchar } from '@alkahest/core';
export const notes = table('notes', { id: integer().primaryKey(), title: varchar({ length: 80 }).notNull()${extra} });
`;
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'alkahest.config.json'), JSON.stringify({ schema: './schema.ts', migrations: './migrations' }));
    writeFileSync(join(dir, 'schema.ts'), schema(''));
  });

  test('generate, up, status, generate again, down with --dry-run, resolve refused', async () => {
    expect((await run('migrate', 'generate', 'notes')).out).toMatch(/^wrote .*migrations\/\d{8}T\d{6}_notes\.ts \(1 operation\(s\)\)$/);
    const up = await run('migrate', 'up');
    expect(up.out).toMatch(/→ \d{8}T\d{6}_notes \(1\/1\)\n {2}✓ \d{8}T\d{6}_notes in \d+ ms\napplied 1 migration\(s\)/);
    expect((await run('migrate', 'status')).out).toMatch(/^applied {2}\d{8}T\d{6}_notes {2}\d{4}-/);
    expect((await run('migrate', 'generate', 'again')).out).toBe('no changes: the database matches the schema');

    // A second module: this process has the first one loaded already.
    writeFileSync(join(dir, 'schema2.ts'), schema(", body: text().notNull().default('')"));
    writeFileSync(join(dir, 'alkahest.config.json'), JSON.stringify({ schema: './schema2.ts', migrations: './migrations' }));
    await new Promise((r) => setTimeout(r, 1100)); // a new second: a new migration id
    expect((await run('migrate', 'generate', 'note body')).out).toMatch(/note_body\.ts \(1 operation\(s\)\)/);
    expect((await run('migrate', 'up')).out).toMatch(/applied 1 migration\(s\)/);

    const dry = await run('migrate', 'down', '--dry-run');
    expect(dry.out).toContain('ALTER TABLE "notes" DROP COLUMN "body";');
    expect(dry.out).toContain('(dry run: nothing was changed)');
    expect((await run('migrate', 'status')).out.split('\n').filter((l) => l.startsWith('applied'))).toHaveLength(2);
    await expect(run('migrate', 'resolve', 'x', '--applied')).rejects.toThrow(/not failed/);
    await expect(run('migrate', 'frobnicate')).rejects.toThrow(/unknown migrate command/);
  });
});

/** Hand-written DDL per database: what an existing application would have. */
const ddl: Record<string, (p: string) => string[]> = {
  sqlite: (p) => [
    `CREATE TABLE ${p}_customers (customer_id INTEGER PRIMARY KEY, full_name VARCHAR(60) NOT NULL, email TEXT UNIQUE, created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)`,
    `CREATE TABLE ${p}_orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES ${p}_customers (customer_id) ON DELETE CASCADE, total NUMERIC(10, 2) NOT NULL DEFAULT 0, paid BOOLEAN NOT NULL DEFAULT 0, CONSTRAINT ${p}_ck_total CHECK (total >= 0))`,
    `CREATE INDEX ${p}_ix_orders_customer ON ${p}_orders (customer_id, paid)`,
  ],
  postgres: (p) => [
    `CREATE TABLE ${p}_customers (customer_id SERIAL PRIMARY KEY, full_name VARCHAR(60) NOT NULL, email TEXT UNIQUE, created_at TIMESTAMPTZ DEFAULT now())`,
    `CREATE TABLE ${p}_orders (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES ${p}_customers (customer_id) ON DELETE CASCADE, total NUMERIC(10, 2) NOT NULL DEFAULT 0, paid BOOLEAN NOT NULL DEFAULT false, CONSTRAINT ${p}_ck_total CHECK (total >= 0))`,
    `CREATE INDEX ${p}_ix_orders_customer ON ${p}_orders (customer_id, paid)`,
  ],
  mysql: (p) => [
    `CREATE TABLE ${p}_customers (customer_id INT AUTO_INCREMENT PRIMARY KEY, full_name VARCHAR(60) NOT NULL, email VARCHAR(200) UNIQUE, created_at DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3))`,
    `CREATE TABLE ${p}_orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, total DECIMAL(10, 2) NOT NULL DEFAULT 0, paid BOOLEAN NOT NULL DEFAULT FALSE, CONSTRAINT ${p}_fk_customer FOREIGN KEY (customer_id) REFERENCES ${p}_customers (customer_id) ON DELETE CASCADE, CONSTRAINT ${p}_ck_total CHECK (total >= 0))`,
    `CREATE INDEX ${p}_ix_orders_customer ON ${p}_orders (customer_id, paid)`,
  ],
};

const pulled: string[] = [];

for (const db of databases) {
  const url = db.name === 'sqlite' ? `sqlite:${join(work, 'pull.db')}` : db.url;
  describeDatabase(db, () => {
    liveTest(`${db.name}: pull writes tables that query a hand-made database`, async () => {
      const p = uniqueName('pl');
      const engine = createEngine(url);
      try {
        for (const statement of ddl[db.name]!(p)) await engine.execute(sql`${sql.unsafe(statement)}`);
        await engine.execute(sql`${sql.unsafe(`INSERT INTO ${p}_customers (full_name, email) VALUES ('Ada Lovelace', 'ada@example.com'), ('Alan Turing', NULL)`)}`);
        await engine.execute(sql`${sql.unsafe(`INSERT INTO ${p}_orders (customer_id, total, paid) VALUES (1, 12.50, TRUE), (1, 3, FALSE), (2, 7.25, TRUE)`)}`);
        const out = `pulled_${db.name}.ts`;
        const result = await cli(work, url)('pull', '--out', out, '--only', `${p}_customers,${p}_orders`);
        expect(result.out).toBe(`wrote 2 table(s) to ${out}`);
        const text = readFileSync(join(work, out), 'utf8');
        expect(text).toContain(`export const ${p.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Customers = table('${p}_customers', {`);
        expect(text).toContain("fullName: varchar('full_name', { length: 60 }).notNull(),");
        expect(text).toMatch(/customerId: integer\('customer_id'\)\.notNull\(\)\.references\(\(\): AnyColumn => \w+Customers\.c\.customerId/);
        pulled.push(out);

        // The pulled module, imported as it is, queries the database.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mod = require(join(work, out)) as Record<string, Table>;
        const [customers, orders] = Object.values(mod) as [Table, Table];
        const c = customers.c as Record<string, Table['c'][string]>;
        const o = orders.c as Record<string, Table['c'][string]>;
        const rows = await engine.execute(
          select({ fullName: c['fullName']!, total: o['total']!, paid: o['paid']! }).from(orders.join(customers, o['customerId']!.eq(c['customerId']!))).orderBy(asc(o['id']!)),
        );
        // NUMERIC(10, 2) reads with its two decimals everywhere (SQLite keeps the numbers 12.5 and 3).
        expect(rows).toEqual([
          { fullName: 'Ada Lovelace', total: '12.50', paid: true },
          { fullName: 'Ada Lovelace', total: '3.00', paid: false },
          { fullName: 'Alan Turing', total: '7.25', paid: true },
        ]);
      } finally {
        await engine.execute(sql`${sql.unsafe(`DROP TABLE ${p}_orders`)}`).catch(() => undefined);
        await engine.execute(sql`${sql.unsafe(`DROP TABLE ${p}_customers`)}`).catch(() => undefined);
        await engine.close();
      }
    });
  });
}

describe('after the runs above', () => {
test('pulled files and generated migrations type-check', () => {
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({ extends: '../../../../tsconfig.test.json', compilerOptions: { noUnusedLocals: false }, include: ['*.ts', 'app/**/*.ts'] }));
  expect(pulled.length + readdirSync(join(work, 'app', 'migrations')).length).toBeGreaterThanOrEqual(3);
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(work, 'tsconfig.json')], { cwd: root, stdio: 'pipe' });
}, 120_000);
});
