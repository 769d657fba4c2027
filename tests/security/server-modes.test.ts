/**
 * The value corpus again, on sessions whose escaping rules differ: PostgreSQL
 * with standard_conforming_strings off, MySQL with NO_BACKSLASH_ESCAPES on.
 * Values are bound, so neither mode may change a thing.
 */
import { createTable, dropTable, insert, integer, select, table, text } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';
import { stringPayloads } from './payloads';
import { escapingModes } from './session-modes';


for (const mode of escapingModes) {
  const db = databases.find((d) => d.name === mode.db)!;
  describeDatabase(db, () => {
    liveTest(`values round-trip and the data stays intact with ${mode.name}`, async () => {
      const engine = createEngine(db.url, { pool: { max: 1, onConnect: (c) => c.execute(mode.setup) } });
      const store = table(uniqueName('modes'), { id: integer().primaryKey({ autoIncrement: false }), body: text() });
      try {
        await engine.execute(createTable(store));
        await engine.execute(insert(store).values({ id: 0, body: 'keep me' }));
        let id = 0;
        for (const payload of stringPayloads) {
          id += 1;
          await engine.execute(insert(store).values({ id, body: payload }));
          expect(await engine.execute(select(store.c.id).from(store).where(store.c.body.eq(payload)))).toEqual([{ id }]);
        }
        expect(await engine.execute(select(store.c.body).from(store).where(store.c.id.eq(0)))).toEqual([{ body: 'keep me' }]);
        expect((await engine.execute(select(store.c.id).from(store))).length).toBe(stringPayloads.length + 1);
      } finally {
        await engine.execute(dropTable(store, { ifExists: true }));
        await engine.close();
      }
    });
  });
}
