// Bundles the tsc output (dist/*.js) into the self-contained script-tag files.
// Run `tsc` first: `npm run build` does both.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {entries} from './scripts/elements.mjs';
import {anxiousAttachmentEn} from './dist/content/anxious-attachment.en.js';

// The templates are already minified, in dist/ itself (scripts/minify-templates.mjs): npm's modules,
// the server renderer and these bundles share them, as hydration needs.
const plugins = [nodeResolve({exportConditions: ['production']})];
// Minified per output: an ES module may drop unused top-level names, a classic script must keep
// its `var Attune` global (module: false), or `Attune.registerPack` would vanish.
const minify = (module) => terser({ecma: 2022, module, compress: {passes: 3}, format: {comments: false}});

const onwarn = (warning) => {
  throw new Error(`rollup: ${warning.message}`);
};

/** A module exporting `pack` as `name`, marked partial: the page completes it (content/registry.ts, addShippedPack). */
const partialModule = (pack, name = 'anxiousAttachmentEn') => `export const ${name} = {...${JSON.stringify(pack)}, [Symbol.for('attune.partial-pack')]: true};`;

/** The English pack with only `texts` (paths such as `sections.signs`). */
function englishPart(texts) {
  const pack = {topic: anxiousAttachmentEn.topic, locale: anxiousAttachmentEn.locale, title: anxiousAttachmentEn.title, sections: {}};
  for (const path of texts) {
    const [top, section] = path.split('.');
    if (section) pack.sections[section] = anxiousAttachmentEn.sections[section];
    else if (top === 'sections') Object.assign(pack.sections, anxiousAttachmentEn.sections);
    else pack[top] = anxiousAttachmentEn[top];
  }
  return pack;
}
const isEnglish = (id) => id.endsWith('/dist/content/anxious-attachment.en.js');

/**
 * A one-element bundle carries only the parts of the English pack its elements show (`texts` in
 * elements.json): attune.js or another bundle on the same page completes it.
 */
const englishTexts = (texts) => ({name: 'attune-english-texts', load: (id) => (isEnglish(id) ? partialModule(englishPart(texts)) : null)});

/**
 * attune-widgets.js carries the English pack without the therapy cards' longer texts (what a session
 * involves, how it helps: only cards show them); attune-therapy.js, loaded with the first card,
 * brings the therapies section whole (content/english-therapies.ts).
 */
const cardsBringTheirTexts = {
  name: 'attune-cards-bring-their-texts',
  load(id) {
    if (id.endsWith('/dist/content/english-therapies.js')) return partialModule(englishPart(['sections.therapies']), 'englishTherapies');
    if (!isEnglish(id)) return null;
    const pack = structuredClone(anxiousAttachmentEn);
    for (const item of pack.sections.therapies.items) {
      delete item.session;
      delete item.helps;
    }
    return partialModule(pack);
  },
};

export default [
  // attune.js (the loader), attune-widgets.js (every element, English) and, beside them, what a page
  // loads only when it needs it:
  // the booking dialog, the checks of a site's own pack, the Spanish pack.
  {
    input: {attune: 'dist/script-tag.js'},
    plugins: [cardsBringTheirTexts, ...plugins],
    output: {dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'attune-[name].js', plugins: [minify(true)]},
    preserveEntrySignatures: 'allow-extension',
    onwarn,
  },
  // attune.es.js: attune.js and its Spanish pack, both imported from beside it (never copied).
  {
    input: 'dist/locales/es.script-tag.js',
    external: () => true,
    output: {file: 'dist/attune.es.js', format: 'es', paths: (id) => (id.endsWith('/script-tag.js') ? './attune.js' : './attune-anxious-attachment.es.js')},
    onwarn,
  },
  // The server renderer as a module Worker, for the snippet builder's "pre-rendered" option: Lit's
  // server build (the `node` condition), parse5 and the elements, in one file.
  {
    input: 'dist/ssr/worker.js',
    plugins: [
      // (Except Lit's hydration helpers, whose server build needs Node's Buffer: their browser build.)
      {name: 'ssr-client-for-browsers', resolveId: (source) => (source.startsWith('@lit-labs/ssr-client') ? `${process.cwd()}/node_modules/${source === '@lit-labs/ssr-client' ? `${source}/index.js` : source}` : null)},
      nodeResolve({exportConditions: ['node', 'production'], preferBuiltins: false}),
    ],
    output: {file: 'dist/attune-prerender.js', format: 'es', inlineDynamicImports: true, plugins: [minify(true)]},
    // (The shim's compiled helpers read a top-level `this`, which is harmless.)
    onwarn: (warning) => (warning.code === 'THIS_IS_UNDEFINED' && warning.id?.includes('/node_modules/') ? undefined : onwarn(warning)),
  },
  // For a classic <script src>: sets window.Attune and loads attune.js from beside it.
  {
    input: 'dist/classic.js',
    plugins,
    output: {file: 'dist/attune.classic.js', format: 'iife', plugins: [minify(false)]},
    onwarn,
  },
  // One file per element (Lit and the English texts it shows included, its on-demand parts beside it),
  // for pages that use a single widget by script tag, and for the size report.
  ...entries.map(({entry: name, texts}) => ({
    input: {[name]: `dist/define/${name}.js`},
    plugins: [englishTexts(texts), ...plugins],
    output: {dir: 'dist/bundles', format: 'es', entryFileNames: '[name].js', chunkFileNames: `${name}-[name].js`, plugins: [minify(true)]},
    preserveEntrySignatures: 'allow-extension',
    onwarn,
  })),
];
