// npm test: everything a change must pass, in order, with one count at the end.
//   browser → type check → build → component tests (web-test-runner, Chromium) → size budget →
//   content-pack schema → demo smoke test (also: strict CSP, two copies, classic script, Spanish) →
//   lifecycle (listeners, heap) → every Storybook story renders → content is in our own words.
// Ends with the line `N passed, N failed` and exits non-zero when anything failed.
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {findBrowser} from './browser.mjs';
import {checkSizes} from './size.mjs';

const all = process.argv.includes('--all');
const results = [];
const record = (name, ok, detail = '') => {
  results.push({name, ok});
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
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

if (built) {
  step('Size budget (brotli, quality 11)');
  for (const r of checkSizes()) record(r.name, r.ok, r.detail);

  step('Content-pack JSON Schema');
  const {checkSchema} = await import('./schema.mjs');
  for (const r of await checkSchema()) record(r.name, r.ok, r.detail);

  step('Package: npm pack file list, publint, are-the-types-wrong, manifest against the source');
  const {checkPackage} = await import('./package.mjs');
  for (const r of await checkPackage()) record(r.name, r.ok, r.detail);

  step('Real clients: a React 19 page, a Vue 3 page, a TypeScript consumer');
  const {checkClients} = await import('./clients.mjs');
  for (const r of await checkClients()) record(r.name, r.ok, r.detail);

  step('Demo smoke test (dist/attune.js in demo/index.html)');
  const {smokeDemo} = await import('./smoke.mjs');
  for (const r of await smokeDemo()) record(r.name, r.ok, r.detail);

  step('Visual baselines: each element light, dark, 320px and forced colors (test/visual/)');
  const {checkVisual} = await import('./visual.mjs');
  for (const r of await checkVisual()) record(r.name, r.ok, r.detail);

  step('Lighthouse 12.2 on the demo page');
  const {checkLighthouse} = await import('./lighthouse.mjs');
  for (const r of await checkLighthouse()) record(r.name, r.ok, r.detail);

  step('Lifecycle: 10,000 create / attach / remove per element');
  const {checkLifecycle} = await import('./lifecycle.mjs');
  for (const r of await checkLifecycle()) record(r.name, r.ok, r.detail);

  step('Storybook: every story renders in Chromium');
  const {checkStories} = await import('./check-stories.mjs');
  for (const r of await checkStories()) record(r.name, r.ok, r.detail);
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
