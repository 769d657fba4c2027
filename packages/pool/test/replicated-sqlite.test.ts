/**
 * The replicated engine's routing on real SQLite files: the "replica" is the
 * primary's file opened read-only, so it is always caught up and needs no
 * replication probe (SQLite has none: health is a ping, and read-your-writes
 * keeps a writer's reads on the primary for the window). Which server serves
 * each call is checked through the routing events and the served counts; the
 * behaviour with real lag is in live-replicas.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AlkahestError, createTable, insert, integer, select, table, text } from '@alkahest/core';
import { createEngine, createReplicatedEngine, ReplicatedEngine, RouteReason } from '@alkahest/pool';

const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'alkahest-replicated-'));
  file = path.join(dir, 'primary.db');
  const setup = createEngine(`sqlite://${file}`);
  await setup.execute(createTable(notes));
  await setup.execute(insert(notes).values({ body: 'first' }));
  await setup.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Routed {
  readonly server: string;
  readonly reason: RouteReason;
}

async function replicated(options: { windowMillis: number; replicas?: string[] }): Promise<{ db: ReplicatedEngine; routed: Routed[]; health: { server: string; healthy: boolean }[] }> {
  const routed: Routed[] = [];
  const health: { server: string; healthy: boolean }[] = [];
  const db = createReplicatedEngine(`sqlite://${file}`, {
    replicas: options.replicas ?? [`sqlite://${file}?readonly`],
    readYourWrites: { windowMillis: options.windowMillis },
    health: { intervalMillis: 60_000 },
    routing: {
      routed: ({ server, reason }) => routed.push({ server, reason }),
      replicaHealth: ({ server, healthy }) => health.push({ server, healthy }),
    },
  });
  await db.checkReplicas();
  return { db, routed, health };
}

const readNotes = select(notes.c.body).from(notes).orderBy(notes.c.id);

test('reads go to the healthy replica; writes, reads asked for the primary and read-only transactions to the primary', async () => {
  const { db, routed, health } = await replicated({ windowMillis: 0 });
  const replica = `sqlite://${file}?readonly`;
  try {
    expect(health).toEqual([{ server: replica, healthy: true }]);
    expect(await db.execute(readNotes)).toEqual([{ body: 'first' }]);
    await db.execute(insert(notes).values({ body: 'second' }));
    // A window of 0: the writer's next read may go to the replica at once, which sees the write (same file).
    expect(await db.execute(readNotes)).toEqual([{ body: 'first' }, { body: 'second' }]);
    expect(await db.execute(readNotes, { primary: true })).toHaveLength(2);
    await db.transaction(async (tx) => tx.execute(readNotes), { readOnly: true });
    const streamed: unknown[] = [];
    for await (const row of db.stream(readNotes)) streamed.push(row);
    for await (const row of db.stream(readNotes, { primary: true })) streamed.push(row);
    expect(streamed).toHaveLength(4);
    expect(routed).toEqual([
      { server: replica, reason: 'read' },
      { server: 'primary', reason: 'write' },
      { server: replica, reason: 'read' },
      { server: 'primary', reason: 'forced-primary' },
      { server: 'primary', reason: 'forced-primary' },
      { server: replica, reason: 'read' },
      { server: 'primary', reason: 'forced-primary' },
    ]);
    const status = db.poolStatus();
    expect(status.primary.served).toBe(4);
    expect(status.replicas).toMatchObject([{ server: replica, healthy: true, served: 3 }]);
  } finally {
    await db.close();
  }
});

test("read-your-writes: within the window the writer's reads stay on the primary; another session's do not", async () => {
  const { db, routed } = await replicated({ windowMillis: 60_000 });
  try {
    const writer = db.session();
    const other = db.session();
    await writer.execute(insert(notes).values({ body: 'mine' }));
    expect(await writer.execute(readNotes)).toContainEqual({ body: 'mine' });
    expect(await other.execute(readNotes)).toContainEqual({ body: 'mine' });
    // The engine-wide scope saw the session's write too.
    await db.execute(readNotes);
    expect(routed.map((r) => r.reason)).toEqual(['write', 'read-your-writes', 'read', 'read-your-writes']);
  } finally {
    await db.close();
  }
});

test('a held connection keeps reads on the primary until it is released, and its release counts as a write', async () => {
  const { db, routed } = await replicated({ windowMillis: 0 });
  try {
    const session = db.session();
    const connection = await session.connect();
    // SQLite's pool holds one connection: the read waits for the release, but it was routed when called.
    const pending = session.execute(readNotes);
    await connection.release();
    expect(await pending).toContainEqual({ body: 'first' });
    await connection.release();
    await session.execute(readNotes);
    expect(routed.map((r) => `${r.server === 'primary' ? 'primary' : 'replica'} ${r.reason}`)).toEqual(['primary read-your-writes', 'replica read']);
  } finally {
    await db.close();
  }
});

test('a replica that cannot be reached is unhealthy, with the reason; reads go to the primary', async () => {
  const missing = `sqlite://${path.join(dir, 'missing.db')}?readonly`;
  const { db, routed, health } = await replicated({ windowMillis: 0, replicas: [missing] });
  try {
    expect(health).toEqual([]);
    expect(db.poolStatus().replicas).toMatchObject([{ server: missing, healthy: false, reason: expect.stringMatching(/^unreachable: /) }]);
    expect(await db.execute(readNotes)).toContainEqual({ body: 'first' });
    expect(routed).toEqual([{ server: 'primary', reason: 'no-healthy-replica' }]);
  } finally {
    await db.close();
  }
});

test('a closed replicated engine refuses work; closing twice is harmless', async () => {
  const { db } = await replicated({ windowMillis: 0 });
  await db.close();
  await db.close();
  await expect(db.execute(readNotes, { primary: true })).rejects.toThrow(new AlkahestError('the engine is closed'));
});

test('every replica speaks the primary\'s dialect; its password is hidden in the message', () => {
  expect(() => createReplicatedEngine(`sqlite://${file}`, { replicas: ['postgres://app:s3cret@db.example.com/shop'] })).toThrow(
    new AlkahestError('replica postgres://app:***@db.example.com/shop is not a sqlite URL'),
  );
});
