/**
 * The `alkahest` command line's commands (cli.ts is the executable).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '@alkahest/pool';
import type { Engine } from '@alkahest/pool';
import { loadConfig, loadMetadata } from './config';
import { MigrationError } from './errors';
import { generateMigration } from './generate';
import type { MigrationEvent } from './runner';
import { Migrator } from './runner';
import { pullSource } from './pull';
import { catalogOf, reflectTables } from './reflect';
import { directorySource } from './source';
import { DEFAULT_VERSIONS_TABLE } from './versions';

/** Where the CLI writes, and what it runs in (tests give their own). */
export interface CliContext {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `usage:
  alkahest migrate generate [title] [--rename table.old=new] [--rename-table old=new]
  alkahest migrate up [--to <id>] [--dry-run] [--allow-destructive]
  alkahest migrate down [--to <id> | --all] [--dry-run] [--allow-destructive]
  alkahest migrate status
  alkahest migrate resolve <id> --applied | --rolled-back
  alkahest pull [--out <file>] [--only <table,table>]
options: --config <file> (default alkahest.config.ts), DATABASE_URL for the database`;

function progress(cli: CliContext, verbose: boolean): (e: MigrationEvent) => void {
  return (e) => {
    if (e.kind === 'start') cli.out(`${e.direction === 'up' ? '→' : '←'} ${e.migration} (${e.index}/${e.total})`);
    else if (e.kind === 'statement' && verbose) cli.out(`    ${e.sql};`);
    else if (e.kind === 'log') cli.out(`    ${e.message}`);
    else if (e.kind === 'done') cli.out(`  ✓ ${e.migration} in ${e.millis} ms`);
  };
}

/**
 * Runs the CLI with `argv` (without `node` and the script); gives the exit code.
 *
 * @example
 * ```ts
 * const code = await main(['migrate', 'status'], { cwd: process.cwd(), env: process.env, out: console.log, err: console.error });
 * ```
 */
export async function main(argv: readonly string[], cli: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      to: { type: 'string' },
      all: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'allow-destructive': { type: 'boolean' },
      rename: { type: 'string', multiple: true },
      'rename-table': { type: 'string', multiple: true },
      applied: { type: 'boolean' },
      'rolled-back': { type: 'boolean' },
      out: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub, arg] = positionals;
  if (values.help || command === undefined) {
    cli.out(USAGE);
    return command === undefined && !values.help ? 1 : 0;
  }
  const config = await loadConfig(cli.cwd, values.config, cli.env);
  if (config.url === undefined) throw new MigrationError('no database: set DATABASE_URL or `url` in alkahest.config.ts');
  const engine: Engine = createEngine(config.url);
  try {
    if (command === 'pull') {
      const only = values.only?.split(',').map((s) => s.trim());
      const tables = await reflectTables(engine, { ...(config.dbSchema === undefined ? {} : { schema: config.dbSchema }), only: (n) => n !== (config.tableName ?? DEFAULT_VERSIONS_TABLE) && (only === undefined || only.includes(n)) });
      const text = pullSource(tables, catalogOf(engine), engine.dialect.name);
      if (values.out === undefined) cli.out(text);
      else {
        await writeFile(resolve(cli.cwd, values.out), text);
        cli.out(`wrote ${tables.length} table(s) to ${values.out}`);
      }
      return 0;
    }
    if (command !== 'migrate') throw new MigrationError(`unknown command ${command}\n${USAGE}`);
    const migrator = new Migrator(engine, directorySource(config.migrations), { ...(config.tableName === undefined ? {} : { tableName: config.tableName }), onEvent: progress(cli, values['dry-run'] === true) });
    const run = { dryRun: values['dry-run'] === true, allowDestructive: values['allow-destructive'] === true };
    switch (sub) {
      case 'generate': {
        if (config.schema === undefined) throw new MigrationError('generate needs `schema` in alkahest.config.ts: the module exporting your tables');
        const renames = {
          columns: Object.fromEntries((values.rename ?? []).map((r) => r.split('=') as [string, string])),
          tables: Object.fromEntries((values['rename-table'] ?? []).map((r) => r.split('=') as [string, string])),
        };
        const written = await generateMigration(await loadMetadata(config.schema), engine, {
          directory: config.migrations,
          title: arg ?? 'migration',
          renames,
          ignore: [config.tableName ?? DEFAULT_VERSIONS_TABLE],
          ...(config.dbSchema === undefined ? {} : { schema: config.dbSchema }),
        });
        if (written === undefined) {
          cli.out('no changes: the database matches the schema');
          return 0;
        }
        for (const w of written.diff.warnings) cli.err(`warning: ${w}`);
        cli.out(`wrote ${written.path} (${written.diff.operations.length} operation(s)${written.diff.destructive ? ', DESTRUCTIVE: review it; up needs --allow-destructive' : ''})`);
        return 0;
      }
      case 'up':
      case 'down': {
        const result = sub === 'up' ? await migrator.up({ ...run, ...(values.to === undefined ? {} : { to: values.to }) }) : await migrator.down({ ...run, ...(values.all ? { to: null } : values.to === undefined ? {} : { to: values.to }) });
        if (run.dryRun) for (const s of result.statements) cli.out(`-- ${s.migration}\n${s.sql};`);
        cli.out(result.migrations.length === 0 ? 'nothing to do' : `${sub === 'up' ? 'applied' : 'reverted'} ${result.migrations.length} migration(s)${run.dryRun ? ' (dry run: nothing was changed)' : ''}`);
        return 0;
      }
      case 'status': {
        for (const s of await migrator.status()) {
          cli.out(`${s.state.padEnd(8)} ${s.id}${s.appliedAt ? `  ${s.appliedAt.toISOString()}` : ''}`);
          if (s.state === 'failed') cli.out(`         failed at: ${s.failedStatement ?? '?'}\n         ${s.error ?? ''}`);
        }
        return 0;
      }
      case 'resolve': {
        if (arg === undefined || values.applied === values['rolled-back']) throw new MigrationError('resolve <id> needs --applied or --rolled-back');
        await migrator.resolve(arg, values.applied ? 'applied' : 'rolled-back');
        cli.out(`${arg} marked ${values.applied ? 'applied' : 'rolled back'}`);
        return 0;
      }
      default:
        throw new MigrationError(`unknown migrate command ${String(sub)}\n${USAGE}`);
    }
  } finally {
    await engine.close();
  }
}
