// A strict TypeScript consumer compiled against the shipped declarations
// (copied as typed.mts and typed.cts: ES module and CommonJS under node16 and
// nodenext resolution, and as it is under bundler resolution).
import { table, integer, text, select, type UniqueViolationError } from '@alkahest/core';
import { CompilingDialect, type DialectModule } from '@alkahest/core/dialect';
import { createEngine, type Engine } from '@alkahest/pool';
import { sqlite } from '@alkahest/sqlite';
import { postgres, postgresDialect } from '@alkahest/postgres';
import { mysql } from '@alkahest/mysql';
import { oracle } from '@alkahest/oracle';
// @ts-expect-error the statement cache is internal: not exported
import { shapeOf } from '@alkahest/core';
// @ts-expect-error the compiler is for dialect authors: not on the user surface
import { SqlCompiler } from '@alkahest/core';

const users = table('users', { id: integer().primaryKey(), name: text().notNull(), age: integer() });
const engine: Engine = createEngine('sqlite::memory:', { dialect: sqlite });
const modules: DialectModule[] = [sqlite, postgres, mysql, oracle];

export async function names(): Promise<string[]> {
  const rows = await engine.execute(select(users.c.name, users.c.age).from(users));
  const age: number | null = rows[0]!.age;
  // @ts-expect-error a nullable column is not a number
  const wrong: number = rows[0]!.age;
  return rows.map((row) => row.name + String(age) + String(wrong));
}

export const compiled: string = postgresDialect().compile(select(users.c.id).from(users)).sql;
export const isDialect: boolean = postgresDialect() instanceof CompilingDialect;
export const known: number = modules.length;
export type Conflict = UniqueViolationError;
export const unused = [shapeOf, SqlCompiler];
