#!/usr/bin/env node
/**
 * The `alkahest` command line:
 *
 *   alkahest migrate generate [title] [--rename table.old=new] [--rename-table old=new]
 *   alkahest migrate up [--to id] [--dry-run] [--allow-destructive]
 *   alkahest migrate down [--to id | --all] [--dry-run] [--allow-destructive]
 *   alkahest migrate status
 *   alkahest migrate resolve <id> --applied | --rolled-back
 *   alkahest pull [--out file] [--only a,b]
 *
 * configured by `alkahest.config.ts` (see config.ts) and `DATABASE_URL`.
 */
import { main } from './commands';
import type { CliContext } from './commands';

{
  const cli: CliContext = { cwd: process.cwd(), env: process.env, out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };
  main(process.argv.slice(2), cli).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      cli.err(error instanceof Error ? `error: ${error.message}` : String(error));
      process.exitCode = 1;
    },
  );
}
