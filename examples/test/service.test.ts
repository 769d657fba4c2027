/**
 * The service example, started and called over HTTP on SQLite, PostgreSQL and
 * MariaDB: migrations at start, health, products and orders, concurrent orders
 * racing for the last items (exactly as many succeed as there is stock), bad
 * input answered with a 4xx (never a 500), the streamed export, and a stop
 * that lets a request in flight finish.
 */
import { sql } from '@alkahest/core';
import { tmpdir } from 'node:os';
import { createEngine } from '@alkahest/pool';
import { createService, Service } from '../service/src/service';
import { databases, describeLive, uniqueName } from '../../tests/support/databases';

jest.setTimeout(120_000);

async function call(base: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; text: string }> {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

/** Drops the service's tables (and its migrations' record) so each run starts from nothing. */
async function reset(url: string): Promise<void> {
  const engine = createEngine(url);
  try {
    for (const name of ['svc_orders', 'svc_products', 'alkahest_migrations']) await engine.execute(sql`DROP TABLE IF EXISTS ${sql.id(name)}`);
  } finally {
    await engine.close();
  }
}

for (const db of databases) {
  describeLive(db, `service on ${db.name}`, () => {
    // SQLite in a file: the service's pool and the test's own engine see one database.
    const url = db.name === 'sqlite' ? `sqlite:${tmpdir()}/${uniqueName('service')}.db` : db.url;
    let service: Service;
    let base: string;

    beforeAll(async () => {
      await reset(url);
      service = await createService({ databaseUrl: url, pool: { max: 5 } });
      base = `http://127.0.0.1:${await service.listen(0)}`;
    });
    afterAll(async () => {
      await service?.stop();
      await reset(url);
    });

    it('applies its migrations at start and answers its health check', async () => {
      expect(await call(base, 'GET', '/health')).toMatchObject({ status: 200, json: { status: 'ok' } });
      // Starting a second instance finds the migrations applied.
      const again = await createService({ databaseUrl: url });
      await again.stop();
    });

    it('creates a product, and answers 409 for a duplicate', async () => {
      expect((await call(base, 'POST', '/products', { sku: 'pen', name: 'Pen', stock: 3 })).status).toBe(201);
      expect(await call(base, 'POST', '/products', { sku: 'pen', name: 'Another pen', stock: 1 })).toMatchObject({ status: 409 });
      expect(await call(base, 'GET', '/products/pen')).toMatchObject({ status: 200, json: { sku: 'pen', name: 'Pen', stock: 3 } });
    });

    it('sells exactly the stock when concurrent orders race for the last items', async () => {
      expect((await call(base, 'POST', '/products', { sku: 'last', name: 'Last ones', stock: 5 })).status).toBe(201);
      const results = await Promise.all(Array.from({ length: 12 }, () => call(base, 'POST', '/orders', { sku: 'last', quantity: 1 })));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(5);
      expect(statuses.filter((s) => s === 409)).toHaveLength(7);
      expect(await call(base, 'GET', '/products/last')).toMatchObject({ json: { stock: 0 } });
    });

    it('answers bad input with a 4xx, never a 500', async () => {
      const bad: [string, string, unknown][] = [
        ['POST', '/orders', '{not json'],
        ['POST', '/orders', '[1, 2]'],
        ['POST', '/orders', { sku: 'pen' }],
        ['POST', '/orders', { sku: 'pen', quantity: -1 }],
        ['POST', '/orders', { sku: 'pen', quantity: 1.5 }],
        ['POST', '/orders', { sku: 42, quantity: 1 }],
        ['POST', '/orders', { sku: 'no-such-thing', quantity: 1 }],
        ['POST', '/orders', { sku: 'pen', quantity: 1000 }],
        ['POST', '/products', { sku: 'x', name: 'X', stock: 'many' }],
        ['POST', '/products', { sku: 'y', name: 'Y', stock: -4 }],
        ['POST', '/products', { sku: 'z', stock: 1 }],
        ['POST', '/products', { sku: { $gt: '' }, name: 'Z', stock: 1 }],
        ['GET', '/nowhere', undefined],
      ];
      for (const [method, path, body] of bad) {
        const { status, text } = await call(base, method, path, body);
        expect({ method, path, body, status: status >= 400 && status < 500 ? '4xx' : status, text }).toMatchObject({ status: '4xx' });
      }
    });

    it('streams the orders as NDJSON', async () => {
      const { status, text } = await call(base, 'GET', '/export/orders');
      expect(status).toBe(200);
      const lines = text.trim().split('\n').map((line) => JSON.parse(line) as { sku: string; quantity: number });
      expect(lines.filter((line) => line.sku === 'last')).toHaveLength(5);
    });
  });
}

describe('service shutdown', () => {
  it('lets a request in flight finish, then closes the engine and refuses new work', async () => {
    const url = `sqlite:${tmpdir()}/${uniqueName('shutdown')}.db`;
    const service = await createService({ databaseUrl: url });
    const base = `http://127.0.0.1:${await service.listen(0)}`;
    expect((await call(base, 'POST', '/products', { sku: 'a', name: 'A', stock: 1 })).status).toBe(201);
    const arrived = new Promise((resolve) => service.server.once('request', resolve));
    const inFlight = call(base, 'POST', '/orders', { sku: 'a', quantity: 1 });
    await arrived;
    const stopped = service.stop();
    expect((await inFlight).status).toBe(201);
    await stopped;
    expect(service.server.listening).toBe(false);
    await expect(service.engine.execute(sql`SELECT 1`)).rejects.toThrow();
  });
});

describe('service under load', () => {
  it('answers 503 when no connection frees up in time', async () => {
    const url = `sqlite:${tmpdir()}/${uniqueName('busy')}.db`;
    const service = await createService({ databaseUrl: url, pool: { max: 1, acquireTimeoutMillis: 200 } });
    const base = `http://127.0.0.1:${await service.listen(0)}`;
    const held = await service.engine.connect();
    try {
      expect(await call(base, 'GET', '/health')).toMatchObject({ status: 503, json: { error: 'the database is busy: try again' } });
    } finally {
      await held.release();
      await service.stop();
    }
  });
});
