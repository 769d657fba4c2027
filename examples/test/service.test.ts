/**
 * The service example, started and called over HTTP on SQLite, PostgreSQL and
 * MariaDB: migrations at start, health, products and orders, concurrent orders
 * racing for the last items (exactly as many succeed as there is stock), bad
 * input answered with a 4xx (never a 500), the streamed export, and a stop
 * that lets a request in flight finish.
 */
import { select, sql } from '@alkahest/core';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '@alkahest/pool';
import { products } from '../service/src/schema';
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

/** The compiled service (`node examples/service/dist/main.js`), built with the dialect packages it loads by URL. */
const root = join(__dirname, '..', '..');
function buildService(): string {
  const projects = ['packages/sqlite', 'packages/postgres', 'packages/mysql', 'examples/service'];
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', ...projects], { cwd: root, stdio: 'pipe' });
  return join(root, 'examples', 'service', 'dist', 'main.js');
}

/** The service run as a real process, configured by DATABASE_URL and PORT, as in production. */
interface ServiceProcess {
  readonly port: number;
  /** Resolves when stdout has printed a line matching `pattern`. */
  line(pattern: RegExp): Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  readonly child: ChildProcess;
}

async function startProcess(main: string, databaseUrl: string): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [main], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const w of [...waiting]) {
      const found = stdout.split('\n').find((l) => w.pattern.test(l));
      if (found !== undefined) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(found);
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const line = (pattern: RegExp): Promise<string> =>
    Promise.race([
      new Promise<string>((resolve) => {
        const found = stdout.split('\n').find((l) => pattern.test(l));
        if (found !== undefined) resolve(found);
        else waiting.push({ pattern, resolve });
      }),
      exited.then((e) => Promise.reject(new Error(`the service exited (${e.code ?? e.signal}) before printing ${pattern}:\n${e.stdout}\n${e.stderr}`))),
    ]);
  const listening = await line(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
  return { port: Number(/:(\d+)$/.exec(listening)![1]), line, exited, child };
}

/**
 * Sends a POST's headers with `Expect: 100-continue` and waits for the
 * server's `100 Continue`: proof that the request reached its handler, which
 * now waits for the body. `finish()` sends the body and gives the response.
 */
async function startSlowPost(port: number, path: string, body: string): Promise<{ finish(): Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  const ended = new Promise<string>((resolve, reject) => {
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
  await new Promise<void>((resolve) => {
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      received += chunk;
      if (/^HTTP\/1\.1 100 Continue\r\n\r\n/.test(received)) resolve();
    });
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
    );
  });
  return {
    finish: () => {
      socket.write(body);
      return ended;
    },
  };
}

/** Resolves with the connect error once the port refuses connections (tries again while it still accepts). */
async function refusedConnection(port: number): Promise<NodeJS.ErrnoException> {
  for (;;) {
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(undefined);
      });
      socket.once('error', (e: NodeJS.ErrnoException) => resolve(e));
    });
    // A connection the kernel queued just before the listening socket closed is reset, not
    // served; the next attempt meets the closed port.
    if (error !== undefined && error.code !== 'ECONNRESET') return error;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

let serviceMain: string;
beforeAll(() => {
  serviceMain = buildService();
});

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

    it('answers 400 for a value of the wrong type and for one the table refuses', async () => {
      // InvalidValueError, raised when the statement is built; then a CHECK violation from the database.
      expect(await call(base, 'POST', '/products', { sku: 'bad', name: 'Bad', stock: 'many' })).toMatchObject({ status: 400 });
      expect(await call(base, 'POST', '/products', { sku: 'neg', name: 'Negative', stock: -4 })).toMatchObject({ status: 400 });
      expect(await call(base, 'GET', '/products/neg')).toMatchObject({ status: 404 });
    });

    it('answers 503 when no connection frees up in time', async () => {
      const busy = await createService({ databaseUrl: url, pool: { max: 1, acquireTimeoutMillis: 200 } });
      const busyBase = `http://127.0.0.1:${await busy.listen(0)}`;
      const held = await busy.engine.connect();
      try {
        expect(await call(busyBase, 'GET', '/health')).toMatchObject({ status: 503, json: { error: 'the database is busy: try again' } });
      } finally {
        await held.release();
        await busy.stop();
      }
    });

    it('on SIGTERM, as a process: finishes the request in flight, refuses new connections, exits 0 with its engine closed', async () => {
      // From nothing: the process applies the migrations itself (an inline migration's checksum is
      // of its compiled text, which differs between the test's SWC and the build's tsc).
      await reset(url);
      const service = await startProcess(serviceMain, url);
      try {
        const processBase = `http://127.0.0.1:${service.port}`;
        expect((await call(processBase, 'GET', '/health')).status).toBe(200);
        expect((await call(processBase, 'POST', '/products', { sku: 'term', name: 'Last one', stock: 1 })).status).toBe(201);
        const slow = await startSlowPost(service.port, '/orders', JSON.stringify({ sku: 'term', quantity: 1 }));
        service.child.kill('SIGTERM');
        await service.line(/^SIGTERM: draining/);
        expect((await refusedConnection(service.port)).code).toBe('ECONNREFUSED');
        // The request that arrived before SIGTERM is served in full, with the engine still open.
        expect(await slow.finish()).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 201 Created\r\n[^]*"id":/);
        const exit = await service.exited;
        expect(exit).toMatchObject({ code: 0, signal: null });
        expect(exit.stdout).toMatch(/^stopped: requests drained, engine closed$/m);
      } finally {
        if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
      }
      const check = createEngine(url);
      try {
        expect(await check.execute(select(products.c.stock).from(products).where(products.c.sku.eq('term')))).toEqual([{ stock: 0 }]);
      } finally {
        await check.close();
      }
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
