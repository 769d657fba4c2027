/**
 * `alkahest pull` of what hand-written DDL has and the generator never
 * writes. From a PostgreSQL schema: table and column comments, a composite
 * primary key referenced by a composite foreign key with ON UPDATE, an index
 * over an expression, a foreign key to a table left out of the pull, and
 * table names that are no JavaScript identifiers, a reserved word, or the
 * name of a column factory the module imports. From MariaDB: comments, a
 * composite foreign key with ON UPDATE, and one into another database. The
 * pulled module, imported as it is, queries the tables.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, select, sql } from '@alkahest/core';
import type { Table } from '@alkahest/core';
import { main } from '@alkahest/migrate';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

// Inside the repository, so that the pulled module imports the workspace's packages.
const work = join(__dirname, `.work-pull-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const postgres = databases.find((d) => d.name === 'postgres')!;

describeDatabase(postgres, (engine) => {
  liveTest('postgres: comments, composite keys, an expression index and names that need care are pulled', async () => {
    const schema = uniqueName('pd');
    const ddl = [
      `CREATE SCHEMA ${schema}`,
      `CREATE TABLE ${schema}.elsewhere (id integer PRIMARY KEY)`,
      `CREATE TABLE ${schema}."class" (id integer, region char(2), PRIMARY KEY (id, region))`,
      `CREATE TABLE ${schema}."2nd people" (id serial PRIMARY KEY, "Full Name" text NOT NULL, team integer, team_region char(2), away integer REFERENCES ${schema}.elsewhere (id),
         CONSTRAINT people_team FOREIGN KEY (team, team_region) REFERENCES ${schema}."class" (id, region) ON DELETE SET NULL ON UPDATE CASCADE)`,
      `CREATE TABLE ${schema}.text (id integer)`,
      `COMMENT ON TABLE ${schema}."2nd people" IS 'Everyone */ we know'`,
      `COMMENT ON COLUMN ${schema}."2nd people"."Full Name" IS 'as written,
on two lines'`,
      `CREATE INDEX people_lower_name ON ${schema}."2nd people" (lower("Full Name"))`,
    ];
    const dir = join(work, schema);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'alkahest.config.json'), JSON.stringify({ dbSchema: schema }));
    try {
      for (const statement of ddl) await engine().execute(sql`${sql.unsafe(statement)}`);
      await engine().execute(sql`${sql.unsafe(`INSERT INTO ${schema}."class" VALUES (1, 'eu')`)}`);
      await engine().execute(sql`${sql.unsafe(`INSERT INTO ${schema}."2nd people" ("Full Name", team, team_region) VALUES ('Ada', 1, 'eu')`)}`);

      const out: string[] = [];
      const code = await main(['pull', '--out', 'pulled.ts', '--only', 'class,2nd people,text'], { cwd: dir, env: { DATABASE_URL: postgres.url }, out: (l) => out.push(l), err: () => undefined });
      expect({ code, out }).toEqual({ code: 0, out: ['wrote 3 table(s) to pulled.ts'] });
      const text = readFileSync(join(dir, 'pulled.ts'), 'utf8');
      expect(text).toContain("import type { AnyColumn } from '@alkahest/core';");
      expect(text).toContain(`export const classTable = table('class', {`);
      expect(text).toContain(`}, { schema: '${schema}', primaryKey: { columns: ['id', 'region'] } });`);
      // A table named like a column factory the module imports (text) gets a variable of its own.
      expect(text).toContain(`export const textTable = table('text', {`);
      expect(text).toContain('/** Everyone * / we know */');
      expect(text).toContain(`// Foreign key ${'2nd people_away_fkey'} (away) references elsewhere, which was not pulled.`);
      expect(text).toContain('// Index people_lower_name is over expressions: declare it in a migration.');
      expect(text).toContain(`export const _2ndPeople = table('2nd people', {`);
      expect(text).toContain("  fullName: text('Full Name').notNull(), // as written, on two lines");
      expect(text).toContain(
        "foreignKeys: [{ name: 'people_team', columns: ['team', 'teamRegion'], references: (): AnyColumn[] => [classTable.c.id, classTable.c.region], onDelete: 'set null', onUpdate: 'cascade' }]",
      );

      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pulled = require(join(dir, 'pulled.ts')) as { classTable: Table; _2ndPeople: Table; textTable: Table };
      expect(await engine().execute(select(pulled.textTable.c['id']!).from(pulled.textTable))).toEqual([]);
      const people = pulled._2ndPeople.c as Record<string, Table['c'][string]>;
      const teams = pulled.classTable.c as Record<string, Table['c'][string]>;
      expect(
        await engine().execute(
          select({ name: people['fullName']!, region: teams['region']! }).from(pulled._2ndPeople.join(pulled.classTable, and(people['team']!.eq(teams['id']!), people['teamRegion']!.eq(teams['region']!)))),
        ),
      ).toEqual([{ name: 'Ada', region: 'eu' }]);
    } finally {
      await engine().execute(sql`${sql.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)}`);
    }
  });
});

const mariadb = databases.find((d) => d.name === 'mysql')!;

describeDatabase(mariadb, (engine) => {
  liveTest('mysql: comments, a composite foreign key with ON UPDATE, and a foreign key into another database are pulled', async () => {
    const schema = uniqueName('pm');
    const other = `${schema}_x`;
    const ddl = [
      `CREATE DATABASE ${schema}`,
      `CREATE DATABASE ${other}`,
      `CREATE TABLE ${other}.elsewhere (id INT PRIMARY KEY)`,
      `CREATE TABLE ${schema}.teams (id INT, region CHAR(2), PRIMARY KEY (id, region)) COMMENT 'every team'`,
      `CREATE TABLE ${schema}.people (id INT AUTO_INCREMENT PRIMARY KEY, full_name VARCHAR(40) NOT NULL COMMENT 'as written', team INT, team_region CHAR(2), away INT,
         CONSTRAINT people_team FOREIGN KEY (team, team_region) REFERENCES ${schema}.teams (id, region) ON DELETE SET NULL ON UPDATE CASCADE,
         CONSTRAINT people_away FOREIGN KEY (away) REFERENCES ${other}.elsewhere (id))`,
    ];
    const dir = join(work, schema);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'alkahest.config.json'), JSON.stringify({ dbSchema: schema }));
    try {
      for (const statement of ddl) await engine().execute(sql`${sql.unsafe(statement)}`);
      const out: string[] = [];
      const code = await main(['pull', '--out', 'pulled.ts'], { cwd: dir, env: { DATABASE_URL: mariadb.url }, out: (l) => out.push(l), err: () => undefined });
      expect({ code, out }).toEqual({ code: 0, out: ['wrote 2 table(s) to pulled.ts'] });
      const text = readFileSync(join(dir, 'pulled.ts'), 'utf8');
      expect(text).toContain('/** every team */');
      expect(text).toContain("  fullName: varchar('full_name', { length: 40 }).notNull(), // as written");
      expect(text).toContain('// Foreign key people_away (away) references elsewhere, which was not pulled.');
      expect(text).toContain(
        "foreignKeys: [{ name: 'people_team', columns: ['team', 'teamRegion'], references: (): AnyColumn[] => [teams.c.id, teams.c.region], onDelete: 'set null', onUpdate: 'cascade' }]",
      );
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pulled = require(join(dir, 'pulled.ts')) as { teams: Table; people: Table };
      expect(await engine().execute(select(pulled.people.c['fullName']!).from(pulled.people))).toEqual([]);
    } finally {
      await engine().execute(sql`${sql.unsafe(`DROP DATABASE IF EXISTS ${schema}`)}`);
      await engine().execute(sql`${sql.unsafe(`DROP DATABASE IF EXISTS ${other}`)}`);
    }
  });
});
