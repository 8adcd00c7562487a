// The reference: one page per element, docs/elements/<tag>.md, made from custom-elements.json by
// the analysis (custom-elements-manifest.config.mjs calls writeReference). `npm run build` writes
// the pages; `npm test` builds them into .test-results/elements/ instead (ATTUNE_REFERENCE_OUT) and
// fails when the committed pages differ: edit the JSDoc, run `npm run build`, commit both.
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {elements} from './elements.mjs';
import {runWhenMain} from './cli.mjs';

const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text).replace(/`/g, "'")}\`` : '—');
const table = (head, rows) => (rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''] : ['None.', '']);

/** The page of one element declaration; `details` maps an event class to its detail type. */
function page(d, details, declarations) {
  const {entry} = elements.find((e) => e.tag === d.tagName);
  const withAttribute = new Set((d.attributes ?? []).map((a) => a.fieldName));
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !withAttribute.has(m.name));
  const methods = (d.members ?? []).filter((m) => m.kind === 'method');
  const inherited = (x) => (x.inheritedFrom ? ` (from \`${x.inheritedFrom.name}\`)` : '');
  const link = (tag) => (declarations.some((x) => x.tagName === tag) ? `[\`<${tag}>\`](${tag}.md)` : `\`<${tag}>\``);
  return [
    `# \`<${d.tagName}>\``,
    '',
    '<!-- Generated from custom-elements.json by `npm run build` (scripts/reference.mjs). Edit the JSDoc of the class instead. -->',
    '',
    `**${cell(d.summary)}**`,
    '',
    d.description,
    '',
    `Class \`${d.name}\` (\`attune-widgets/classes\`). Registered by \`import 'attune-widgets'\`, by the script-tag files, and alone by \`import 'attune-widgets/${entry}'\` (script tag: \`dist/bundles/${entry}.js\`). See also: ${elements.filter((e) => e.tag !== d.tagName).map((e) => link(e.tag)).join(', ')}.`,
    '',
    ...[
      ['Attributes', ['attribute', 'property', 'type', 'default', 'description'], (d.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text?.replace(/ \| undefined$/, '')), code(a.default), cell(a.description) + inherited(a)])],
      ['Properties without an attribute', ['property', 'type', 'description'], fields.map((m) => [code(m.name) + (m.readonly ? ' (read-only)' : ''), code(m.type?.text), cell(m.description) + inherited(m)])],
      ['Methods', ['method', 'description'], methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description) + inherited(m)])],
      ['Events', ['event', 'class', 'detail', 'description'], (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), code(details.get(e.type?.text)), cell(e.description)])],
      ['Slots', ['slot', 'description'], (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])],
      ['Parts', ['part', 'description'], (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])],
      ['CSS custom properties', ['property', 'description'], (d.cssProperties ?? []).map((p) => [code(p.name), cell(p.description) + inherited(p)])],
    ].flatMap(([title, head, rows]) => [`## ${title}`, '', ...table(head, rows)]),
  ].join('\n');
}

/** Writes one page per element of `manifest` into ATTUNE_REFERENCE_OUT, else docs/elements/. */
export function writeReference(manifest, details) {
  const out = process.env.ATTUNE_REFERENCE_OUT || 'docs/elements';
  rmSync(out, {recursive: true, force: true});
  mkdirSync(out, {recursive: true});
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  for (const d of declarations.filter((x) => x.tagName)) writeFileSync(`${out}/${d.tagName}.md`, page(d, details, declarations));
}

/** The committed pages are those the manifest gives (built into .test-results/elements/ by npm test). */
export function checkReference(built = '.test-results/elements') {
  const names = (dir) => (existsSync(dir) ? readdirSync(dir).sort() : []);
  const stale = [...new Set([...names(built), ...names('docs/elements')])].filter((f) => !existsSync(`${built}/${f}`) || !existsSync(`docs/elements/${f}`) || readFileSync(`${built}/${f}`, 'utf8') !== readFileSync(`docs/elements/${f}`, 'utf8'));
  return [
    {
      name: `reference: docs/elements/ has the page custom-elements.json gives for each of the ${elements.length} elements`,
      ok: names(built).length === elements.length && !stale.length,
      detail: stale.length ? `stale: ${stale.join(', ')} (run npm run build and commit docs/elements/)` : '',
    },
  ];
}

await runWhenMain(import.meta.url, () => checkReference());
