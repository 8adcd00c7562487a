// Configuration of `npm run analyze` (@custom-elements-manifest/analyzer), which writes
// custom-elements.json — the public API of every element, from the components' JSDoc — and, from
// it, the editor and framework files in dist/ (wc-toolkit's generators) and the reference
// (docs/elements/). Everything that documents an element reads the manifest: the reference,
// Storybook, the snippet builder.
import {readFileSync, writeFileSync} from 'node:fs';
import {generateJsxTypes} from '@wc-toolkit/jsx-types';
import {generateVuejsTypes} from 'custom-element-vuejs-integration';
import {generateSvelteTypes} from 'custom-element-svelte-integration';
import {writeReference} from './scripts/reference.mjs';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';

const {elements} = JSON.parse(readFileSync('elements.json', 'utf8'));
const eachElement = (manifest, fn) => manifest.modules.forEach((mod) => (mod.declarations ?? []).forEach((d) => fn(d, mod)));

// From the syntax tree: our string-literal unions (`type Theme = 'light' | 'dark' | 'auto';`), so
// the manifest spells out `'light' | 'dark' | 'auto'` where the analyzer writes `Theme`; and each
// event class's detail type (`class AttuneBookEvent extends AttuneEvent<AttuneBookDetail>`).
const unions = new Map();
const details = new Map();
const fromSyntax = {
  name: 'attune-from-syntax',
  analyzePhase({ts, node}) {
    if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type) && node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
      unions.set(node.name.text, node.type.getText());
    }
    const base = ts.isClassDeclaration(node) && node.heritageClauses?.[0]?.types[0];
    if (base && base.expression.getText() === 'AttuneEvent' && base.typeArguments) details.set(node.name.text, base.typeArguments[0].getText());
  },
  packageLinkPhase({customElementsManifest}) {
    const spell = (type) => type?.text && (type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => unions.get(name) ?? name));
    eachElement(customElementsManifest, (d) => [...(d.attributes ?? []), ...(d.members ?? [])].forEach((entry) => spell(entry.type)));
  },
};

// The manifest is the public API: no private or protected member (nor the attributes of private
// reactive state), no static field, no callback the browser calls (`formResetCallback`…), only
// classes. The analyzer also lists each `dispatchEvent(new AttuneToggleEvent(…))` as a nameless
// event typed with its class: each must match a documented `@event {AttuneToggleEvent} name`.
const publicApiOnly = {
  name: 'attune-public-api-only',
  packageLinkPhase({customElementsManifest}) {
    const undocumented = [];
    for (const mod of customElementsManifest.modules) {
      mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement);
      mod.exports = (mod.exports ?? []).filter((e) => mod.declarations.some((d) => d.name === e.declaration?.name));
    }
    customElementsManifest.modules = customElementsManifest.modules.filter((mod) => mod.declarations.length);
    eachElement(customElementsManifest, (d) => {
      const hidden = (m) => m.privacy === 'private' || m.privacy === 'protected' || m.static || m.name.startsWith('#') || /Callback$/.test(m.name);
      const hiddenNames = new Set((d.members ?? []).filter(hidden).map((m) => m.name));
      if (d.members) d.members = d.members.filter((m) => !hidden(m));
      if (d.attributes) d.attributes = d.attributes.filter((a) => !hiddenNames.has(a.fieldName));
      for (const fired of (d.events ?? []).filter((e) => !e.name)) {
        if (!d.events.some((e) => e.name && e.type?.text === fired.type?.text)) undocumented.push(`${d.tagName ?? d.name} dispatches ${fired.type?.text} without an @event {${fired.type?.text}} tag`);
      }
      if (d.events) d.events = d.events.filter((e) => e.name);
    });
    if (undocumented.length) throw new Error(`custom-elements.json: ${undocumented.join('; ')}`);
  },
};

// Paths a consumer can open: the published modules (dist/…js, not src/…ts), and for each element
// the entry point that registers it (elements.json), as `custom-element-definition` exports.
const publishedPaths = {
  name: 'attune-published-paths',
  packageLinkPhase({customElementsManifest}) {
    const js = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
    for (const mod of customElementsManifest.modules) {
      mod.path = js(mod.path);
      for (const e of mod.exports ?? []) if (e.declaration?.module) e.declaration.module = js(e.declaration.module);
      for (const d of mod.declarations) if (d.superclass?.module) d.superclass.module = js(d.superclass.module);
    }
    const modules = new Map(customElementsManifest.modules.flatMap((mod) => mod.declarations.map((d) => [d.name, mod.path])));
    for (const entry of new Set(elements.map((e) => e.entry))) {
      customElementsManifest.modules.push({
        kind: 'javascript-module',
        path: `dist/define/${entry}.js`,
        declarations: [],
        exports: elements.filter((e) => e.entry === entry).map((e) => ({kind: 'custom-element-definition', name: e.tag, declaration: {name: e.class, module: modules.get(e.class)}})),
      });
    }
  },
};

// JSX types for React 19 and Preact (wc-toolkit's `CustomElements`), each framework's augmentation
// in its own entry point: the generated file augments nine JSX modules at once, which a project
// without all nine cannot type-check. The event classes come from ./classes.js like the elements.
const jsxTypes = {
  name: 'attune-jsx-types',
  packageLinkPhase({customElementsManifest}) {
    const manifest = structuredClone(customElementsManifest);
    eachElement(manifest, (d, mod) => (d.events ?? []).forEach((e) => /^Attune\w+Event$/.test(e.type?.text) && mod.exports.push({kind: 'js', name: e.type.text, declaration: {name: e.type.text}})));
    generateJsxTypes(manifest, {outdir: 'dist', fileName: 'jsx-types.d.ts', globalTypePath: './classes.js', stronglyTypedEvents: true, excludeCssCustomProperties: true});
    const file = readFileSync('dist/jsx-types.d.ts', 'utf8');
    writeFileSync('dist/jsx-types.d.ts', `// Generated by @wc-toolkit/jsx-types from custom-elements.json.\n${file.slice(0, file.indexOf('\ndeclare module "react"'))}`);
    for (const name of ['react', 'preact']) {
      writeFileSync(`dist/${name}.js`, `// Types only: see ${name}.d.ts.\nexport {};\n`);
      writeFileSync(
        `dist/${name}.d.ts`,
        `// JSX types of every <attune-*> tag for ${name}: \`import type {} from 'attune-widgets/${name}'\`. The generated
// \`ref\` takes only an element or a callback; here it takes what ${name}'s own elements take.
import type {Ref} from '${name}';
import type {CustomElements} from './jsx-types.js';

type Of<Props> = Props extends {ref?: infer R} ? Extract<NonNullable<R>, HTMLElement> : never;
type Elements = {[Tag in keyof CustomElements]: Omit<CustomElements[Tag], 'ref'> & {ref?: Ref<Of<CustomElements[Tag]>>}};

declare module '${name}' {
  namespace JSX {
    interface IntrinsicElements extends Elements {}
  }
}
`,
      );
    }
  },
};

// Vue's and Svelte's generators read an event's type as its detail (`CustomEvent<type>`), where
// the manifest has the event's class: they get a copy typed with each class's detail, and their
// import line (one name per event, repeated per element) loses its repeats.
const detailTyped = (generate, fileName) => ({
  name: `attune-${fileName}`,
  packageLinkPhase({customElementsManifest}) {
    const manifest = structuredClone(customElementsManifest);
    eachElement(manifest, (d) => (d.events ?? []).forEach((e) => (details.has(e.type?.text) ? (e.type.text = details.get(e.type.text)) : delete e.type)));
    generate(manifest, {outdir: 'dist', fileName, globalTypePath: './classes.js', hideLogs: true});
    writeFileSync(`dist/${fileName.replace('.d.ts', '.js')}`, `// Types only: see ${fileName}.\nexport {};\n`);
    let file = readFileSync(`dist/${fileName}`, 'utf8').replace(/import type \{([^}]*)\} from "\.\/classes\.js";/, (_, names) => `import type {${[...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))].join(', ')}} from './classes.js';`);
    // Svelte's file, besides, names JSX types Svelte has not, and augments svelteHTML from inside a
    // module, where the declaration stays local: it must be `declare global`.
    if (fileName === 'svelte.d.ts') file = `${file.replace('JSX.Element', 'unknown').replace('JSX.CSSProperties', 'string').replace('declare namespace svelteHTML {', 'declare global {\nnamespace svelteHTML {')}}\n`;
    writeFileSync(`dist/${fileName}`, file);
  },
});

export default {
  globs: ['src/components/**/*.ts', 'src/internal/*-element.ts', 'src/events/*.ts', 'src/context/config.ts', 'src/content/types.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    fromSyntax,
    publicApiOnly,
    publishedPaths,
    jsxTypes,
    {name: 'attune-reference', packageLinkPhase: ({customElementsManifest}) => writeReference(customElementsManifest, details)},
    detailTyped(generateVuejsTypes, 'vue.d.ts'),
    detailTyped(generateSvelteTypes, 'svelte.d.ts'),
    customElementVsCodePlugin({outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true}),
    customElementJetBrainsPlugin({outdir: 'dist', webTypesFileName: 'web-types.json', hideLogs: true, packageJson: false}),
  ],
};
