// npm test: everything a change must pass, in order, with one count at the end.
//   browser → type check → build (the package, then Storybook) → the TypeScript consumers → the
//   browser tests (web-test-runner, every engine found: components, demo, stories, React and Vue
//   pages, Eleventy and Next.js sites, lifecycle, visual) → the checks after the build (sizes,
//   schema, package, reference, Lighthouse) → content is in our own words.
// Each browser test and each check counts once. Ends with the line `N passed, N failed`, writes
// the counts to docs/TESTS.md, and exits non-zero when anything failed.
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {findBrowser} from './harness.mjs';
import {line} from './cli.mjs';

const all = process.argv.includes('--all');
const sections = [];
const step = (title) => (console.log(`\n▶ ${title}`), sections.push({title, passed: 0, failed: 0}));
const record = (name, ok, detail = '', count = 1) => {
  const section = sections.at(-1);
  section[ok ? 'passed' : 'failed'] += count;
  if (!ok) section.failures = [...(section.failures ?? []), name];
  console.log(line({name, ok, detail}));
};
const run = (command, args, env = {}) => spawnSync(command, args, {stdio: 'inherit', env: {...process.env, ...env}}).status === 0;

step('Browser');
record('a Chromium-family browser is available', Boolean(findBrowser({install: true})), findBrowser());

step('Type check (src, tests and stories, strict)');
record('typecheck', run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.test.json']));

step('Build');
// The reference pages go to .test-results/elements/, to be compared with the committed ones.
const built = run('node', ['scripts/build.mjs'], {ATTUNE_REFERENCE_OUT: '.test-results/elements'});
record('build: tsc, rollup, custom-elements.json and what is made from it', built);
// Storybook's static build, for test/stories.test.ts; its analysis leaves the committed reference alone too.
record('build: Storybook (storybook-static/)', built && run('npm', ['run', '--silent', 'build-storybook'], {ATTUNE_REFERENCE_OUT: '.test-results/elements'}));

step('TypeScript consumers of the built package (tag name map; React, Preact, Vue and Svelte types; wrong values are errors)');
record('tsc -p test/clients/tsconfig.json', built && run('npx', ['tsc', '-p', 'test/clients/tsconfig.json']));

step(`Browser tests: web-test-runner (${all ? 'Chromium, Firefox and WebKit' : 'every engine found'})`);
// Two runs: every test file but the stories, then the stories alone (web-test-runner.config.mjs says why).
const reports = ['.test-results/wtr.xml', '.test-results/wtr-stories.xml'];
for (const report of reports) rmSync(report, {force: true});
const engineEnv = all ? {ATTUNE_ALL_ENGINES: '1'} : {};
const wtrOk = [run('npx', ['web-test-runner'], engineEnv), run('npx', ['web-test-runner'], {...engineEnv, ATTUNE_STORIES: '1'})].every(Boolean);
// Counted from web-test-runner's JUnit reports: one <testsuite> per file and engine.
const engines = {};
for (const [, attrs] of reports.flatMap((report) => (existsSync(report) ? [...readFileSync(report, 'utf8').matchAll(/<testsuite ([^>]*)>/g)] : []))) {
  const a = Object.fromEntries([...attrs.matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
  const engine = (engines[a.name.split('_')[0]] ??= {tests: 0, failed: 0});
  engine.tests += Number(a.tests) - Number(a.skipped);
  engine.failed += Number(a.failures) + Number(a.errors);
}
for (const [engine, c] of Object.entries(engines)) {
  record(`browser tests in ${engine}: ${c.tests - c.failed} passed`, true, '', c.tests - c.failed);
  if (c.failed) record(`browser tests in ${engine}: ${c.failed} failed`, false, '', c.failed);
}
if (reports.some((report) => !existsSync(report)) || (!wtrOk && Object.values(engines).every((c) => !c.failed))) record('web-test-runner ran and exited cleanly', false);

// The checks that need the build, in order: [title, script, the function it exports], each
// function returning [{name, ok, detail}].
const afterBuild = [
  ['Size budgets (elements.json; brotli, quality 11) → docs/SIZES.md', 'size', 'checkSizes'],
  ['Content-pack JSON Schema', 'schema', 'checkSchema'],
  ['Package: npm pack file list, publint, are-the-types-wrong, the manifest complete and valid', 'package', 'checkPackage'],
  ['Reference: docs/elements/ matches custom-elements.json', 'reference', 'checkReference'],
  ['Lighthouse 12.2 on the demo page', 'lighthouse', 'checkLighthouse'],
];
// The originality check reads the sources only: it runs whether the build passed or not.
const originality = ['Content is written in our own words', 'originality', 'checkOriginality'];
for (const [title, script, check] of [...(built ? afterBuild : []), originality]) {
  step(title);
  // A check that throws (a tool it runs failed) counts as one failure, and the rest still run.
  const results = await import(`./${script}.mjs`).then((m) => m[check]()).catch((error) => [{name: `${title}: the check could not run`, ok: false, detail: error.message}]);
  for (const r of results) record(r.name, r.ok, r.detail);
}

const passed = sections.reduce((n, s) => n + s.passed, 0);
const failed = sections.reduce((n, s) => n + s.failed, 0);
if (all && built) {
  const rows = sections.map((s) => `| ${s.title} | ${s.passed} | ${s.failed} |`);
  writeFileSync('docs/TESTS.md', ['# Test counts', '', `Written by \`npm run test:all\` on ${new Date().toISOString().slice(0, 10)}: ${passed} passed, ${failed} failed. Each browser test in each engine and each check counts once.`, '', '| step | passed | failed |', '| --- | ---: | ---: |', ...rows, ''].join('\n'));
}
console.log('');
for (const s of sections) for (const name of s.failures ?? []) console.log(`failed: ${name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
