// Minifies the html and css templates of the tsc output (dist/**/*.js) in place, with Lit's own
// minifier, so every consumer gets the same templates: the bundles, npm's modules, and the server
// renderer, whose templates must equal the browser's for hydration.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {minifyHTMLLiterals} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

let changed = 0;
for (const file of readdirSync('dist', {recursive: true})) {
  const path = `dist/${file}`;
  if (!path.endsWith('.js') || path.startsWith('dist/bundles/') || /^dist\/attune[.-]/.test(path)) continue;
  const code = readFileSync(path, 'utf8');
  if (!/\b(html|css)\s*`/.test(code)) continue;
  const result = await minifyHTMLLiterals(code, {fileName: path});
  if (result?.code && result.code !== code) {
    writeFileSync(path, result.code);
    changed++;
  }
}
console.log(`templates minified in ${changed} modules`);
