/**
 * A small in-process TCP proxy for network-fault tests (there is no
 * toxiproxy here): added latency, connection resets, and a blackhole that
 * accepts connections and then says nothing. It only forwards to loopback
 * addresses, and everything it opened is closed by `close()`.
 */
import * as net from 'node:net';

/** Where the proxy forwards to. */
export interface ProxyOptions {
  readonly targetHost: string;
  readonly targetPort: number;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * @example
 * ```ts
 * const proxy = await TcpProxy.start({ targetHost: '127.0.0.1', targetPort: 5432 });
 * const engine = createEngine(proxy.url('postgres://postgres@127.0.0.1:5432/test'));
 * proxy.blackhole(true);
 * ```
 */
export class TcpProxy {
  private latencyMs = 0;
  private holes = false;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly server: net.Server,
    private readonly options: ProxyOptions,
  ) {}

  /** Starts a proxy on an ephemeral loopback port. */
  static async start(options: ProxyOptions): Promise<TcpProxy> {
    if (!isLoopback(options.targetHost)) throw new Error(`the test proxy forwards only to loopback addresses, not ${options.targetHost}`);
    const server = net.createServer();
    const proxy = new TcpProxy(server, options);
    server.on('connection', (client) => proxy.accept(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  /** The port clients connect to. */
  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** A database URL with its host and port replaced by the proxy's. */
  url(base: string): string {
    const u = new URL(base);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  /** Delays every chunk, both ways. */
  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  /** While on, new and open connections pass nothing in either direction. */
  blackhole(on: boolean): void {
    this.holes = on;
  }

  /** Resets every open connection. */
  resetAll(): void {
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
  }

  /** Open connections (clients and upstreams). */
  get connectionCount(): number {
    return this.sockets.size;
  }

  /** Stops listening and closes everything. */
  async close(): Promise<void> {
    this.resetAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  private accept(client: net.Socket): void {
    this.track(client);
    const upstream = net.connect({ host: this.options.targetHost, port: this.options.targetPort });
    this.track(upstream);
    const pipe = (from: net.Socket, to: net.Socket): void => {
      from.on('data', (chunk) => {
        if (this.holes) return; // swallowed: the peer hears nothing
        const send = (): void => {
          if (!to.destroyed) to.write(chunk);
        };
        if (this.latencyMs > 0) setTimeout(send, this.latencyMs).unref();
        else send();
      });
      from.on('close', () => to.destroy());
    };
    pipe(client, upstream);
    pipe(upstream, client);
  }
}
