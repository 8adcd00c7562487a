// npm test: everything a change must pass, in order, with one count at the end.
//   browser → type check → build → component tests (web-test-runner, Chromium) → size budget →
//   content-pack schema → demo smoke test (also: strict CSP, two copies, classic script, Spanish) →
//   lifecycle (listeners, heap) → every Storybook story renders → content is in our own words.
// Ends with the line `N passed, N failed` and exits non-zero when anything failed.
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {findBrowser} from './browser.mjs';
import {checkSizes} from './size.mjs';
import {line} from './cli.mjs';

const all = process.argv.includes('--all');
const results = [];
const record = (name, ok, detail = '') => {
  results.push({name, ok});
  console.log(line({name, ok, detail}));
};
const step = (title) => console.log(`\n▶ ${title}`);
const run = (command, args) => spawnSync(command, args, {stdio: 'inherit'}).status === 0;

step('Browser');
record('a Chromium-family browser is available', Boolean(findBrowser({install: true})), findBrowser());

step('Type check (src, tests and stories, strict)');
record('typecheck', run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.test.json']));

step('Build');
const built = run('node', ['scripts/build.mjs']);
record('build: tsc, rollup and custom-elements.json', built);

step(`Component tests (${all ? 'Chromium, Firefox and WebKit' : 'every engine found'})`);
rmSync('.test-results/wtr.json', {force: true});
const wtrOk = run('node', ['scripts/wtr.mjs', ...(all ? ['--all'] : [])]);
const counts = existsSync('.test-results/wtr.json') ? JSON.parse(readFileSync('.test-results/wtr.json', 'utf8')) : null;
if (counts) {
  for (const [engine, c] of Object.entries(counts.engines ?? {})) console.log(`  ${engine}: ${c.passed} passed, ${c.failed} failed`);
  for (let i = 0; i < counts.passed; i++) results.push({name: 'component test', ok: true});
  for (let i = 0; i < counts.failed; i++) results.push({name: 'component test', ok: false});
  if (!wtrOk && counts.failed === 0) record('web-test-runner exited cleanly', false);
} else {
  record('web-test-runner produced results', false);
}

// The checks that need the build, in order: each script exports one function returning
// [{name, ok, detail}].
const afterBuild = [
  ['Size budget (brotli, quality 11)', async () => checkSizes()],
  ['Content-pack JSON Schema', async () => (await import('./schema.mjs')).checkSchema()],
  ['Package: npm pack file list, publint, are-the-types-wrong, manifest against the source', async () => (await import('./package.mjs')).checkPackage()],
  ['Real clients: a React 19 page, a Vue 3 page, a TypeScript consumer', async () => (await import('./clients.mjs')).checkClients()],
  ['Demo smoke test (dist/attune.js in demo/index.html) and the snippet builder', async () => (await import('./smoke.mjs')).smokeDemo()],
  ['Visual baselines: each element light, dark, 320px and forced colors (test/visual/)', async () => (await import('./visual.mjs')).checkVisual()],
  ['Lighthouse 12.2 on the demo page', async () => (await import('./lighthouse.mjs')).checkLighthouse()],
  ['Lifecycle: 10,000 create / attach / remove per element', async () => (await import('./lifecycle.mjs')).checkLifecycle()],
  ['Storybook: every story renders in Chromium, on a light and a dark page', async () => (await import('./check-stories.mjs')).checkStories()],
];
if (built) {
  for (const [title, run] of afterBuild) {
    step(title);
    for (const r of await run()) record(r.name, r.ok, r.detail);
  }
}

step('Content is written in our own words');
const {checkOriginality} = await import('./originality.mjs');
for (const r of checkOriginality()) record(r.name, r.ok, r.detail);

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log('');
for (const r of results.filter((x) => !x.ok)) console.log(`failed: ${r.name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
