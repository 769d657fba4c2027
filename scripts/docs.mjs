// `npm run docs`: the API reference (docs/api) from the TSDoc comments, with
// TypeDoc (typedoc.json). Fails when a public export has no documentation, or
// a public function has no @example: every name a package exports, from each
// entry point (@alkahest/core, @alkahest/core/dialect, each dialect, pool, migrate).
import { Application, ReflectionKind } from 'typedoc';

const app = await Application.bootstrapWithPlugins({ options: 'typedoc.json' });
const project = await app.convert();
if (!project) process.exit(1);

const problems = [];
const hasText = (comment) => comment !== undefined && comment.summary.some((part) => part.text.trim() !== '');
const hasExample = (comment) => comment?.blockTags.some((tag) => tag.tag === '@example') === true;

for (const module of project.children ?? []) {
  for (const exported of module.children ?? []) {
    const where = `${module.name}: ${exported.name}`;
    if (exported.kindOf(ReflectionKind.Reference)) continue; // re-exported under another entry point: checked there
    const signatures = exported.signatures ?? [];
    const comment = exported.comment ?? signatures.find((s) => s.comment)?.comment;
    if (!hasText(comment)) problems.push(`${where} has no documentation`);
    else if (exported.kindOf(ReflectionKind.Function) && !hasExample(comment)) problems.push(`${where} (a function) has no @example`);
  }
}

if (problems.length > 0) {
  console.error(`docs: ${problems.length} public export(s) need documentation:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
await app.generateDocs(project, app.options.getValue('out'));
console.log(`docs: API reference written to ${app.options.getValue('out')}`);
