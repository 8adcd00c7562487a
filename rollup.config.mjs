// Bundles the tsc output (dist/*.js) into the self-contained script-tag files.
// Run `tsc` first: `npm run build` does both.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Collapses whitespace in the static parts of our own `html` and `css` tagged templates (found
 * through the parsed syntax tree, so nested templates are handled). In `css` all of it goes; in
 * `html` only line breaks with their indentation (between tags they go, elsewhere they become one
 * space), which keeps the spaces that separate inline text.
 */
const minifyTemplates = () => ({
  name: 'attune-minify-templates',
  transform(code, id) {
    if (id.includes('node_modules') || !/(html|css)\s*`/.test(code)) return null;
    const edits = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && ['html', 'css'].includes(node.tag.name)) {
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          const min =
            node.tag.name === 'css'
              ? raw
                  .replace(/\/\*[^]*?\*\//g, '')
                  .replace(/\s+/g, ' ')
                  .replace(/\s*([{}:;,>])\s*/g, '$1')
                  .replace(/;}/g, '}')
                  // [part~='x'] → [part~=x], 0.5em → .5em, ' !important' → '!important'
                  .replace(/=(['"])([\w-]+)\1\]/g, '=$2]')
                  .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
                  .replace(/ !important/g, '!important')
              : raw
                  .replace(/>\s*\n\s*</g, '><')
                  .replace(/\s*\n\s*/g, ' ')
                  // part="base" → part=base (a quoted value of letters, digits and hyphens only)
                  .replace(/(\s[\w-]+)="([\w-]+)"/g, '$1=$2');
          if (min !== raw) edits.push([quasi.start, quasi.end, min]);
        }
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(this.parse(code));
    if (!edits.length) return null;
    let out = code;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
    return {code: out, map: null};
  },
});

const plugins = [minifyTemplates(), nodeResolve({exportConditions: ['production']})];
// Minified per output: an ES module may drop unused top-level names, a classic script must keep
// its `var Attune` global (module: false), or `Attune.registerPack` would vanish.
const minify = (module) => terser({ecma: 2022, module, compress: {passes: 2}, format: {comments: false}});

const onwarn = (warning) => {
  throw new Error(`rollup: ${warning.message}`);
};

export default [
  {
    input: 'dist/script-tag.js',
    plugins,
    output: [
      {file: 'dist/attune.js', format: 'es', plugins: [minify(true)]},
      {file: 'dist/attune.classic.js', format: 'iife', name: 'Attune', plugins: [minify(false)]},
    ],
    onwarn,
  },
  // The Spanish pack for script-tag pages: imports ./attune.js rather than bundling it again.
  {
    input: 'dist/locales/es.script-tag.js',
    plugins,
    external: (id) => id.endsWith('/script-tag.js'),
    output: {file: 'dist/attune.es.js', format: 'es', paths: (id) => (id.endsWith('/script-tag.js') ? './attune.js' : id), plugins: [minify(true)]},
    onwarn,
  },
  // One self-contained file per element (Lit and the English content included), for pages that
  // use a single widget by script tag, and for the size report.
  ...['provider', 'explainer', 'symptom-checklist', 'booking-cta', 'therapy-cards'].map((name) => ({
    input: `dist/define/${name}.js`,
    plugins,
    output: {file: `dist/bundles/${name}.js`, format: 'es', plugins: [minify(true)]},
    onwarn,
  })),
];
