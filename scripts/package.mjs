// The package as npm will publish it: `npm pack`, then the tarball's file list, publint,
// "are the types wrong" (ESM-only profile), and custom-elements.json checked against the source
// (every attribute, event, slot, part and CSS custom property the code uses is documented).
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runWhenMain} from './cli.mjs';

const npm = (args, options = {}) => execFileSync('npm', args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options});

/** What must be in the tarball, and what must never be. */
const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'content-pack.schema.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/classes.js',
  'dist/attune.js',
  'dist/attune.classic.js',
  'dist/attune.es.js',
  'dist/locales/es.js',
  'dist/react.d.ts',
  'dist/classic.d.ts',
  ...['provider', 'explainer', 'symptom-checklist', 'booking-cta', 'therapy-cards'].flatMap((n) => [`dist/define/${n}.js`, `dist/define/${n}.d.ts`, `dist/bundles/${n}.js`]),
];
const forbidden = [/^src\//, /^test\//, /^stories\//, /^demo\//, /^bench\//, /^scripts\//, /^docs\//, /node_modules/, /\.test\./, /^\.storybook\//, /\.tsbuildinfo$/];

export async function checkPackage() {
  const results = [];
  const dir = mkdtempSync(join(tmpdir(), 'attune-pack-'));
  try {
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir]));
    const files = packed.files.map((f) => f.path);
    const missing = required.filter((f) => !files.includes(f));
    const stray = files.filter((f) => forbidden.some((re) => re.test(f)));
    results.push({
      name: `package: the tarball has the built files, types, manifest, schema and docs, and nothing else (${files.length} files, ${(packed.size / 1024).toFixed(0)} KB)`,
      ok: !missing.length && !stray.length,
      detail: [...missing.map((f) => `missing ${f}`), ...stray.map((f) => `should not ship ${f}`)].join('; '),
    });
    const tarball = join(dir, packed.filename);

    const {publint} = await import('publint');
    const {formatMessage} = await import('publint/utils');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const {messages} = await publint({pkgDir: '.', strict: true, pack: 'npm'});
    const serious = messages.filter((m) => m.type !== 'suggestion');
    results.push({
      name: 'package: publint (strict) finds no error or warning',
      ok: serious.length === 0,
      detail: messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`).join('; '),
    });

    // The package is ESM only, so node10 and CommonJS resolution are out of scope (esm-only profile).
    let report;
    try {
      report = npm(['exec', '--no', '--', 'attw', tarball, '--profile', 'esm-only', '--format', 'json'], {maxBuffer: 64 * 1024 * 1024});
    } catch (error) {
      report = error.stdout; // attw exits 1 when it finds problems; the JSON says which
    }
    const analysis = JSON.parse(report);
    // The esm-only profile ignores node10 and node16-cjs resolution (attw's own exit code agrees).
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
  results.push(...checkManifest());
  return results;
}

/** Every public piece of every element's source appears in custom-elements.json. */
export function checkManifest() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({...d, path: m.path})));
  const base = declarations.find((d) => d.name === 'AttuneElement');
  const results = [];
  for (const folder of readdirSync('src/components')) {
    const files = readdirSync(`src/components/${folder}`).filter((f) => f.endsWith('.ts'));
    const styles = files.filter((f) => f.endsWith('.styles.ts')).map((f) => readFileSync(`src/components/${folder}/${f}`, 'utf8')).join('\n');
    for (const file of files.filter((f) => !f.endsWith('.styles.ts'))) {
      const source = readFileSync(`src/components/${folder}/${file}`, 'utf8');
      const tag = /@tagname (\S+)/.exec(source)?.[1];
      if (!tag) continue;
      const d = declarations.find((x) => x.tagName === tag);
      if (!d) {
        results.push({name: `manifest: <${tag}> is documented`, ok: false, detail: 'missing from custom-elements.json'});
        continue;
      }
      const names = (list) => new Set((list ?? []).map((x) => x.name));
      const gaps = [];
      const expect = (kind, used, documented) => {
        for (const name of used) if (!documented.has(name)) gaps.push(`${kind} ${name}`);
      };
      // Attributes: every `static properties` entry that is not internal state.
      const props = /static override properties = \{([^]*?)\n {2}\};/.exec(source)?.[1] ?? '';
      const attributes = [...props.matchAll(/^\s+(\w+): \{([^}]*)\}/gm)]
        .filter(([, , options]) => !options.includes('state: true'))
        .map(([, field, options]) => /attribute: '([^']+)'/.exec(options)?.[1] ?? field.toLowerCase());
      expect('attribute', attributes, names(d.attributes));
      // Events: the AttuneEvent subclasses it dispatches, and native events it fires itself.
      const eventNames = {AttuneToggleEvent: 'attune-toggle', AttuneCompleteEvent: 'attune-complete', AttuneBookEvent: 'attune-book', AttuneBookedEvent: 'attune-booked'};
      const events = [...source.matchAll(/dispatchEvent\(new (\w+)\((?:'([\w-]+)')?/g)].map(([, cls, type]) => eventNames[cls] ?? type).filter(Boolean);
      expect('event', events, names(d.events));
      // Slots and parts in its templates (a heading rendered by heading() is part "heading").
      expect('slot', [...source.matchAll(/<slot name="([\w-]+)"/g)].map((m) => m[1]), names(d.slots));
      if (/<slot(?: @[\w]+=\$\{[^}]*\})?>/.test(source)) expect('slot', [''], names(d.slots));
      const parts = [...source.matchAll(/part="([\w-]+)"/g)].map((m) => m[1]);
      for (const m of source.matchAll(/heading\([^,]+, '[\w-]+', '([\w-]+)'/g)) parts.push(m[1]);
      expect('part', parts, names(d.cssParts));
      // CSS custom properties read by its styles: documented on the element or on the base class.
      const documentedProps = new Set([...names(d.cssProperties), ...names(base?.cssProperties)]);
      expect('CSS property', [...new Set([...styles.matchAll(/var\((--attune-[\w-]+)/g)].map((m) => m[1]))].filter((p) => !p.startsWith(file === 'therapy-card.ts' ? '--attune-cards-' : '--attune-card-')), documentedProps);
      results.push({name: `manifest: <${tag}> documents every attribute, event, slot, part and CSS property it uses`, ok: gaps.length === 0, detail: gaps.join(', ')});
    }
  }
  return results;
}

await runWhenMain(import.meta.url, () => checkPackage());
