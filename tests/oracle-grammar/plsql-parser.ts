/**
 * Oracle SQL checked by a real PL/SQL grammar: the PL/SQL grammar of the
 * public ANTLR grammars collection (grammars-v4, sql/plsql, Apache-2.0; see
 * grammar/NOTICE.md), generated for the antlr4ng runtime by antlr-ng, the
 * ANTLR tool written in TypeScript (no Java needed). The parser is generated
 * on first use into `generated/` (ignored by git) and regenerated when the
 * grammar files change, so the repository holds only the grammar's source.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const here = __dirname;
const grammarDir = path.join(here, 'grammar');
const generatedDir = path.join(here, 'generated');
const GRAMMAR_FILES = ['PlSqlLexer.g4', 'PlSqlParser.g4', 'PlSqlLexerBase.ts', 'PlSqlParserBase.ts'];

/** A hash of the grammar's source, stamped on what was generated from it. */
function grammarHash(): string {
  const hash = createHash('sha256');
  for (const file of GRAMMAR_FILES) hash.update(fs.readFileSync(path.join(grammarDir, file)));
  return hash.digest('hex');
}

/** Generates the parser unless what is in `generated/` was generated from this grammar; one jest worker at a time. */
function ensureGenerated(): void {
  const stamp = path.join(generatedDir, 'grammar.sha256');
  const wanted = grammarHash();
  const current = (): string | undefined => (fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : undefined);
  if (current() === wanted) return;
  const lock = `${generatedDir}.lock`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} held for five minutes: remove it if no test is generating the parser`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      if (current() === wanted) return;
    }
  }
  try {
    if (current() === wanted) return;
    fs.rmSync(generatedDir, { recursive: true, force: true });
    fs.mkdirSync(generatedDir, { recursive: true });
    // antlr-ng's package exports no path to its command line: it is run from its install directory.
    const tool = path.join(here, '..', '..', 'node_modules', 'antlr-ng', 'dist', 'cli', 'runner.js');
    execFileSync(process.execPath, [tool, '-Dlanguage=TypeScript', '--generate-listener', 'false', '-o', generatedDir, 'PlSqlLexer.g4', 'PlSqlParser.g4'], {
      cwd: grammarDir,
      stdio: 'pipe',
    });
    for (const file of ['PlSqlLexerBase.ts', 'PlSqlParserBase.ts']) fs.copyFileSync(path.join(grammarDir, file), path.join(generatedDir, file));
    // The generated modules import each other as ESM ('./X.js'); jest resolves the TypeScript sources without the extension.
    for (const file of fs.readdirSync(generatedDir).filter((f) => f.endsWith('.ts'))) {
      const full = path.join(generatedDir, file);
      fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/from (["'])\.\/(\w+)\.js\1/g, 'from $1./$2$1'));
    }
    fs.writeFileSync(stamp, wanted);
  } finally {
    fs.rmdirSync(lock);
  }
}

/** What the generated modules give, as far as the check uses them (they are loaded at run time, not type-checked). */
interface GeneratedParser {
  removeErrorListeners(): void;
  addErrorListener(listener: unknown): void;
  reset(): void;
  errorHandler: unknown;
  interpreter: { predictionMode: number };
  sql_script(): unknown;
}
type Antlr = typeof import('antlr4ng', { with: { 'resolution-mode': 'require' } });

let loaded: { antlr: Antlr; Lexer: new (input: unknown) => { removeErrorListeners(): void; addErrorListener(l: unknown): void }; Parser: new (tokens: unknown) => GeneratedParser } | undefined;

function load(): NonNullable<typeof loaded> {
  if (loaded !== undefined) return loaded;
  ensureGenerated();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const antlr = require('antlr4ng') as Antlr;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PlSqlLexer } = require(path.join(generatedDir, 'PlSqlLexer')) as { PlSqlLexer: NonNullable<typeof loaded>['Lexer'] };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PlSqlParser } = require(path.join(generatedDir, 'PlSqlParser')) as { PlSqlParser: NonNullable<typeof loaded>['Parser'] };
  loaded = { antlr, Lexer: PlSqlLexer, Parser: PlSqlParser };
  return loaded;
}

/**
 * The syntax errors the PL/SQL grammar finds in one Oracle statement (none:
 * it parses). The fast SLL prediction is tried first and, where it fails,
 * the full LL prediction decides, as ANTLR's documentation recommends.
 */
export function oracleSyntaxErrors(sql: string): string[] {
  const { antlr, Lexer, Parser } = load();
  const errors: string[] = [];
  const listener = new (class extends antlr.BaseErrorListener {
    override syntaxError(_r: unknown, _s: unknown, line: number, column: number, message: string): void {
      // The grammar lists every token it expected: the first few say enough.
      errors.push(`${line}:${column} ${message.length > 160 ? `${message.slice(0, 160)}…` : message}`);
    }
  })();
  const lexer = new Lexer(antlr.CharStream.fromString(sql));
  lexer.removeErrorListeners();
  lexer.addErrorListener(listener);
  const tokens = new antlr.CommonTokenStream(lexer as never);
  const parser = new Parser(tokens);
  parser.removeErrorListeners();
  parser.interpreter.predictionMode = antlr.PredictionMode.SLL;
  parser.errorHandler = new antlr.BailErrorStrategy();
  try {
    parser.sql_script();
    return errors;
  } catch {
    tokens.seek(0);
    parser.reset();
    parser.addErrorListener(listener);
    parser.interpreter.predictionMode = antlr.PredictionMode.LL;
    parser.errorHandler = new antlr.DefaultErrorStrategy();
    parser.sql_script();
    return errors;
  }
}
