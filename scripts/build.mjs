// npm run build: tsc (ESM + .d.ts into dist/), rollup (the script-tag files), and the
// custom-elements manifest (and the framework and editor files made from it). Each step's output is shown only when it fails.
import {rmSync} from 'node:fs';
import {execSync} from 'node:child_process';

const run = (label, command) => {
  const started = Date.now();
  try {
    execSync(command, {stdio: 'pipe'});
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    console.error(`build: ${label} failed`);
    process.exit(1);
  }
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

rmSync('dist', {recursive: true, force: true});
run('tsc → dist/', 'npx tsc -p tsconfig.json');
run('html and css templates of dist/ minified in place (the server renders what the bundles ship)', 'node scripts/minify-templates.mjs');
run('content-pack.schema.json (from src/content/schema.ts)', 'node scripts/schema.mjs --write');
run('rollup → dist/attune.js, dist/attune.classic.js, dist/bundles/', 'npx rollup -c --silent');
run('dist/<tag>.css: each element\'s stylesheet, for pre-rendered pages that link them', 'node scripts/stylesheets.mjs');
run('pre-rendered: the demo → dist/demo.html, test/fixtures/ssr/*.html → dist/prerendered/', 'node scripts/prerender-fixtures.mjs');
run('custom-elements.json; from it, types for React, Preact, Vue and Svelte, VS Code and JetBrains data', 'npm run --silent analyze');
