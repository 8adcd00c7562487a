// The package as npm will publish it: `npm pack`, then the tarball's file list, publint,
// "are the types wrong" (ESM-only profile), and custom-elements.json: complete, and valid for
// wc-toolkit's validator.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {elements, entries} from './elements.mjs';
import {runWhenMain} from './cli.mjs';

// npm's JSON output (attw exits 1 when it finds problems, and its JSON says which); npm's own
// message when there is none.
function npm(args) {
  const {stdout, stderr} = spawnSync('npm', args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20});
  if (!stdout.trim()) throw new Error(`npm ${args.join(' ')}: ${stderr.trim() || 'no output'}`);
  return JSON.parse(stdout);
}

/** What must be in the tarball, and what must never be. */
const required = [
  ...['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'content-pack.schema.json'],
  ...['index.js', 'index.d.ts', 'classes.js', 'classic.d.ts', 'locales/es.js'].map((f) => `dist/${f}`),
  ...['attune.js', 'attune-widgets.js', 'attune.classic.js', 'attune.es.js'].map((f) => `dist/${f}`),
  ...['react', 'preact', 'vue', 'svelte'].map((n) => `dist/${n}.d.ts`),
  ...['vscode.html-custom-data', 'vscode.css-custom-data', 'web-types'].map((n) => `dist/${n}.json`),
  ...entries.flatMap(({entry}) => [`dist/define/${entry}.js`, `dist/define/${entry}.d.ts`, `dist/bundles/${entry}.js`]),
];
const forbidden = [/^src\//, /^test\//, /^stories\//, /^demo\//, /^bench\//, /^scripts\//, /^docs\//, /node_modules/, /\.test\./, /^\.storybook\//, /\.tsbuildinfo$/];

export async function checkPackage() {
  const results = [];
  const dir = mkdtempSync(join(tmpdir(), 'attune-pack-'));
  try {
    const [packed] = npm(['pack', '--json', '--pack-destination', dir]);
    const files = packed.files.map((f) => f.path);
    const missing = required.filter((f) => !files.includes(f));
    const stray = files.filter((f) => forbidden.some((re) => re.test(f)));
    results.push({
      name: `package: the tarball has the built files, types, manifest, schema and docs, and nothing else (${files.length} files, ${(packed.size / 1024).toFixed(0)} KB)`,
      ok: !missing.length && !stray.length,
      detail: [...missing.map((f) => `missing ${f}`), ...stray.map((f) => `should not ship ${f}`)].join('; '),
    });
    const tarball = join(dir, packed.filename);

    // Every entry point of elements.json is in the exports map, with its types.
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const unexported = entries.filter(({entry}) => pkg.exports[`./${entry}`]?.default !== `./dist/define/${entry}.js` || pkg.exports[`./${entry}`]?.types !== `./dist/define/${entry}.d.ts`);
    results.push({name: `package: the exports map has each of the ${entries.length} one-element entry points of elements.json, with types`, ok: !unexported.length, detail: unexported.map((e) => e.entry).join(', ')});

    const {publint} = await import('publint');
    const {formatMessage} = await import('publint/utils');
    const {messages} = await publint({pkgDir: '.', strict: true, pack: 'npm'});
    const serious = messages.filter((m) => m.type !== 'suggestion');
    results.push({
      name: 'package: publint (strict) finds no error or warning',
      ok: serious.length === 0,
      detail: messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`).join('; '),
    });

    // The package is ESM only: the esm-only profile leaves out node10 and node16-cjs resolution.
    const analysis = npm(['exec', '--no', '--', 'attw', tarball, '--profile', 'esm-only', '--format', 'json']);
    const problems = Object.values(analysis.problems ?? {})
      .flat()
      .filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
    results.push({
      name: `package: are-the-types-wrong (ESM only) finds no problem in ${Object.keys(analysis.analysis?.entrypoints ?? {}).length} entry points`,
      ok: problems.length === 0 && !!analysis.analysis,
      detail: problems.map((p) => `${p.kind} ${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}`).join('; '),
    });
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
  results.push(...(await checkManifest()));
  return results;
}

/**
 * custom-elements.json against elements.json and wc-toolkit's validator: every element is in it,
 * with its class, a description and summary, every attribute, property, event, slot, part and CSS
 * property described, every event typed. (What the elements render is compared with it by the story
 * check; that each dispatched event class is documented, by the analyzer's configuration.)
 */
export async function checkManifest() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const results = elements.map(({tag, class: name}) => {
    const d = declarations.find((x) => x.tagName === tag);
    if (!d) return {name: `manifest: <${tag}> is documented`, ok: false, detail: 'missing from custom-elements.json'};
    const gaps = [d.name !== name && `class ${d.name} (elements.json: ${name})`, !d.description && 'description', !d.summary && 'summary'];
    const kinds = {attribute: d.attributes, member: d.members, event: d.events, slot: d.slots, part: d.cssParts, 'CSS property': d.cssProperties};
    for (const [kind, list] of Object.entries(kinds)) for (const x of list ?? []) if (!x.description) gaps.push(`${kind} ${x.name || '(default)'}`);
    for (const e of d.events ?? []) if (!e.type?.text) gaps.push(`type of event ${e.name}`);
    return {name: `manifest: <${tag}> is complete (description; every attribute, property, event, slot, part and CSS property described; events typed)`, ok: !gaps.some(Boolean), detail: gaps.filter(Boolean).join(', ')};
  });
  // Every rule an error, but: the schema version (analyzer 0.11 writes 1.0.0); the .d.ts path (the
  // validator wants one under src/, which is not published); the event classes exported by each
  // component's module (the package's entry points export them). The base classes have no tag.
  const {validateCem} = await import('@wc-toolkit/cem-validator');
  const rules = {manifest: {schemaVersion: 'off', modulePath: 'error', definitionPath: 'error', typeDefinitionPath: 'off', exportTypes: 'off'}};
  const log = [];
  const {log: print, warn} = console;
  console.log = console.warn = (...args) => log.push(args.join(' '));
  try {
    await validateCem(manifest, {exclude: ['AttuneElement', 'AttuneFormElement'], rules});
    results.push({name: 'manifest: @wc-toolkit/cem-validator finds no problem (package.json, paths, definitions, tags)', ok: !log.some((l) => /warning|error/i.test(l)), detail: log.join(' ')});
  } catch (error) {
    results.push({name: 'manifest: @wc-toolkit/cem-validator finds no problem', ok: false, detail: `${error.message} ${log.join(' ')}`});
  } finally {
    Object.assign(console, {log: print, warn});
  }
  return results;
}

await runWhenMain(import.meta.url, () => checkPackage());
