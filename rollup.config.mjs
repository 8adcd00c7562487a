// Bundles the tsc output (dist/*.js) into the self-contained script-tag files.
// Run `tsc` first: `npm run build` does both.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {entries} from './scripts/elements.mjs';

// Lit's template minifier (lightningcss) on our `css` templates. The `html` templates stay exactly
// as tsc wrote them: a server renders those (npm's dist/*.js), and hydration throws when the
// client's template differs from the server's.
const plugins = [minifyHTML({include: ['dist/**/*.js'], failOnError: true, options: {shouldMinify: () => false}}), nodeResolve({exportConditions: ['production']})];
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
  ...entries.map(({entry: name}) => ({
    input: `dist/define/${name}.js`,
    plugins,
    output: {file: `dist/bundles/${name}.js`, format: 'es', plugins: [minify(true)]},
    onwarn,
  })),
];
