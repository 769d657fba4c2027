/**
 * A live test whose server does not answer is reported by jest as skipped,
 * never as passed, after a loud line; under CI=true it fails the run.
 */
import { spawnSync } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { databases, isReachable } from './databases';

const root = path.resolve(__dirname, '../..');

/** A port on which nothing listens: one the OS gave us, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface JestJson {
  numRuntimeErrorTestSuites: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

/** Runs the fixture in a jest of its own, against an unreachable PostgreSQL. */
function runFixture(port: number, ci: boolean): { json: JestJson; stderr: string } {
  // The project's own transform and module map, so the fixture resolves @alkahest/* as every test does.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { transform, moduleNameMapper, modulePathIgnorePatterns } = require('../../jest.config.js') as Record<string, unknown>;
  const config = { rootDir: root, testEnvironment: 'node', transform, moduleNameMapper, modulePathIgnorePatterns, testMatch: ['<rootDir>/tests/support/fixtures/unreachable.fixture.ts'] };
  const env: NodeJS.ProcessEnv = { ...process.env, ALKAHEST_PG_URL: `postgres://postgres:secret@127.0.0.1:${port}/nowhere`, CI: ci ? 'true' : 'false' };
  // The probe's cached answers would leak into the child: drop them.
  for (const key of Object.keys(env)) if (key.startsWith('ALKAHEST_REACHABLE_')) delete env[key];
  const child = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config), '--json', '--ci'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { json: JSON.parse(child.stdout) as JestJson, stderr: child.stderr };
}

test('an unreachable server skips its tests loudly, and never counts them as passed', async () => {
  const { json, stderr } = runFixture(await closedPort(), false);
  expect(json).toMatchObject({ numRuntimeErrorTestSuites: 0, numPassedTests: 0, numFailedTests: 0, numPendingTests: 2 });
  expect(stderr).toMatch(/!!! SKIPPING postgres: no postgres server at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/nowhere/);
  expect(stderr).toMatch(/!!! SKIPPING a block of its own/);
  expect(stderr).not.toContain('secret');
}, 60_000);

test('under CI=true an unreachable server fails the run', async () => {
  const { json } = runFixture(await closedPort(), true);
  expect(json).toMatchObject({ numRuntimeErrorTestSuites: 0, numPassedTests: 0, numFailedTests: 2, numPendingTests: 0 });
}, 60_000);

test('isReachable: true where a server listens, false where none does', async () => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  try {
    expect(isReachable({ name: 'postgres', url: `postgres://u@127.0.0.1:${port}/db` })).toBe(true);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  expect(isReachable({ name: 'mysql', url: `mysql://u@127.0.0.1:${await closedPort()}/db` })).toBe(false);
  expect(isReachable(databases[0]!)).toBe(true);
});
