/**
 * A small HTTP JSON service embedding an alkahest engine (node:http, no
 * framework): migrations at start, a health check, handlers running
 * transactions with retry, typed errors mapped to statuses, a streamed export,
 * and a shutdown that drains in-flight requests before closing the engine.
 */
import { and, insert, select, sql, update } from '@alkahest/core';
import { Migrator } from '@alkahest/migrate';
import { createEngine, Engine } from '@alkahest/pool';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError, statusOf } from './http-errors';
import { migrations } from './migrations';
import { orders, products } from './schema';

export interface ServiceOptions {
  /** The database URL (`DATABASE_URL`). */
  readonly databaseUrl: string;
  /** Pool settings, for tests that want a small pool. */
  readonly pool?: { readonly max?: number; readonly acquireTimeoutMillis?: number };
}

export interface Service {
  readonly engine: Engine;
  readonly server: Server;
  /** Listens on `port` (0: any free port) and gives the port. */
  listen(port: number): Promise<number>;
  /** Stops accepting connections, lets requests in flight finish, then closes the engine. */
  stop(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > MAX_BODY) throw new HttpError(413, 'body too large');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'the body must be a JSON object');
  return body as Record<string, unknown>;
}

function field<T>(body: Record<string, unknown>, name: string, check: (v: unknown) => v is T, what: string): T {
  const value = body[name];
  if (!check(value)) throw new HttpError(400, `${name} must be ${what}`);
  return value;
}
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 64;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** Creates the service and applies its migrations. */
export async function createService(options: ServiceOptions): Promise<Service> {
  const engine = createEngine(options.databaseUrl, options.pool === undefined ? {} : { pool: options.pool });
  await new Migrator(engine, migrations).up();

  async function createProduct(body: Record<string, unknown>): Promise<unknown> {
    // Values go to the database as given: alkahest checks their types (InvalidValueError: 400).
    const [row] = await engine.execute(
      insert(products).values({ sku: body.sku as string, name: body.name as string, stock: body.stock as number }).returning(products.c.id),
    );
    return row;
  }

  /** Takes `quantity` from the stock and records the order, or refuses: never oversold, whatever the concurrency. */
  async function placeOrder(body: Record<string, unknown>): Promise<unknown> {
    const sku = field(body, 'sku', isText, 'a product code');
    const quantity = field(body, 'quantity', isCount, 'a positive integer');
    return engine.transaction(
      async (tx) => {
        const [product] = await tx.execute(select(products.c.id).from(products).where(products.c.sku.eq(sku)));
        if (product === undefined) throw new HttpError(404, `no product ${sku}`);
        // One conditional UPDATE: the database decides atomically whether the stock suffices.
        const taken = await tx.execute(
          update(products).set({ stock: products.c.stock.minus(quantity) }).where(and(products.c.id.eq(product.id), products.c.stock.gte(quantity))),
        );
        if (taken.rowsAffected === 0) throw new HttpError(409, `not enough ${sku} in stock`);
        const [order] = await tx.execute(insert(orders).values({ productId: product.id, quantity }).returning(orders.c.id));
        return order;
      },
      { retry: true },
    );
  }

  async function exportOrders(response: ServerResponse): Promise<void> {
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const query = select(orders.c.id, products.c.sku, orders.c.quantity).from(orders.join(products, products.c.id.eq(orders.c.productId))).orderBy(orders.c.id);
    for await (const row of engine.stream(query, { batchSize: 100 })) {
      if (!response.write(JSON.stringify(row) + '\n')) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://service').pathname;
    if (request.method === 'GET' && path === '/health') {
      await engine.execute(sql`SELECT 1`);
      return send(response, 200, { status: 'ok' });
    }
    if (request.method === 'POST' && path === '/products') return send(response, 201, await createProduct(await readJson(request)));
    if (request.method === 'GET' && path.startsWith('/products/')) {
      const sku = decodeURIComponent(path.slice('/products/'.length));
      const [product] = await engine.execute(select(products.c.sku, products.c.name, products.c.stock).from(products).where(products.c.sku.eq(sku)));
      return product === undefined ? send(response, 404, { error: `no product ${sku}` }) : send(response, 200, product);
    }
    if (request.method === 'POST' && path === '/orders') return send(response, 201, await placeOrder(await readJson(request)));
    if (request.method === 'GET' && path === '/export/orders') return exportOrders(response);
    send(response, 404, { error: 'not found' });
  }

  let stopping = false;
  const server = createServer((request, response) => {
    // While stopping, a connection whose last response is sent is let go at once (not kept alive).
    response.once('finish', () => {
      if (stopping) server.closeIdleConnections();
    });
    route(request, response).catch((error: unknown) => {
      const { status, message } = statusOf(error);
      if (status === 500) console.error(error);
      if (response.headersSent) response.destroy();
      else send(response, status, { error: message });
    });
  });

  return {
    engine,
    server,
    listen: (port) =>
      new Promise((resolve) => {
        server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
      }),
    async stop() {
      // close() stops accepting and waits for requests in flight; idle keep-alive sockets are let go.
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await engine.close();
    },
  };
}
