/**
 * Type-checks the ```ts blocks of the guides (docs/guide/*.md) and README.md
 * against the current API. Each block is compiled as a module of its own;
 * names it uses but neither imports nor declares (the tables, `engine`, the
 * builders) come from guide-prelude.ts. A block fenced ```ts nocheck is skipped.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

export interface Snippet {
  /** `docs/guide/03-querying.md:12`: the file and line of the fence. */
  readonly where: string;
  readonly code: string;
}

/** The checked ```ts blocks of a Markdown file. */
export function snippetsOf(root: string, file: string): Snippet[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const out: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(ts|typescript)(\s+nocheck)?\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const start = i;
    const code: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) code.push(lines[i]!);
    if (fence[2] === undefined) out.push({ where: `${file}:${start + 1}`, code: code.join('\n') });
  }
  return out;
}

/** Names a snippet declares or imports at its top level. */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bind(declaration.name);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name) {
      names.add(statement.name.text);
    }
  }
  return names;
}

function identifiersOf(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function compilerOptions(root: string): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, 'tsconfig.test.json'), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return {
    ...parsed.options,
    // Top-level await, as in an ES module application.
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    rootDir: undefined,
    noUnusedLocals: false,
    noUnusedParameters: false,
    types: ['node'],
  };
}

/** Type-checks the snippets; gives one message per error, naming the snippet's file and line. */
export function checkSnippets(root: string, prelude: string, snippets: readonly Snippet[]): string[] {
  const options = compilerOptions(root);
  const host = ts.createCompilerHost(options);
  const preludeProgram = ts.createProgram([prelude], options, host);
  const preludeErrors = ts.getPreEmitDiagnostics(preludeProgram);
  if (preludeErrors.length > 0) return preludeErrors.map((d) => `prelude: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  const checker = preludeProgram.getTypeChecker();
  const preludeSymbol = checker.getSymbolAtLocation(preludeProgram.getSourceFile(prelude)!)!;
  const exported = new Set(checker.getExportsOfModule(preludeSymbol).map((s) => s.name));

  const files = new Map<string, { text: string; snippet: Snippet; offset: number }>();
  const folder = dirname(prelude);
  snippets.forEach((snippet, i) => {
    const name = join(folder, `__snippet_${i}.ts`);
    const parsed = ts.createSourceFile(name, snippet.code, ts.ScriptTarget.ES2022, true);
    const declared = declaredNames(parsed);
    const wanted = [...identifiersOf(parsed)].filter((n) => exported.has(n) && !declared.has(n));
    const header = `import { ${wanted.join(', ')} } from './${relative(folder, prelude).replace(/\.ts$/, '')}';\n`;
    files.set(name, { text: `${header}${snippet.code}\nexport {};\n`, snippet, offset: 1 });
  });
  const virtualHost: ts.CompilerHost = {
    ...host,
    fileExists: (path) => files.has(path) || host.fileExists(path),
    readFile: (path) => files.get(path)?.text ?? host.readFile(path),
    getSourceFile: (path, language, onError, create) => {
      const file = files.get(path);
      return file ? ts.createSourceFile(path, file.text, language, true) : host.getSourceFile(path, language, onError, create);
    },
  };
  const program = ts.createProgram([...files.keys()], options, virtualHost, preludeProgram);
  const problems: string[] = [];
  for (const [name, file] of files) {
    const source = program.getSourceFile(name)!;
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line - file.offset;
      const [fileName, fence] = file.snippet.where.split(':');
      problems.push(`${fileName}:${Number(fence) + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  return problems;
}
