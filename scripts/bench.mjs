// npm run bench: size and speed of Attune beside its peers, measured in one run, written to
// BENCHMARKS.md. Installs the peers into bench/node_modules on first use. Reports; asserts nothing.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {execSync} from 'node:child_process';
import {cpus, totalmem, release} from 'node:os';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findBrowser, serve} from './harness.mjs';
import {entries} from './elements.mjs';
import {measure} from './size.mjs';
import {layoutShift} from './smoke.mjs';

const RUNS = 7;
const THROTTLE = 4;
const nm = 'bench/node_modules';

if (!existsSync(`${nm}/survey-core`)) execSync('npm install --prefix bench --no-audit --no-fund', {stdio: 'inherit'});
if (!existsSync('dist/attune.js')) execSync('node scripts/build.mjs', {stdio: 'inherit'});

// The size floor: a minimal Lit element, bundled and minified like dist/attune.js.
const floor = await rollup({input: 'bench/pages/lit-floor.js', plugins: [nodeResolve({exportConditions: ['production']})]});
await floor.write({file: 'bench/lit-floor.min.js', format: 'es', plugins: [terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}})]});

const version = (name) => JSON.parse(readFileSync(`${existsSync(`${nm}/${name}`) ? nm : 'node_modules'}/${name}/package.json`, 'utf8')).version;
const sum = (files) => files.map(measure).reduce((a, b) => ({raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli}), {raw: 0, gzip: 0, brotli: 0});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

const server = await serve({benchDependencies: true});
const {origin} = server;
const chromium = findBrowser();
const browser = await puppeteer.launch({executablePath: chromium, headless: true, args: chromeArgs});

// Shoelace loads many chunks: take the exact list of files its page requests.
async function filesRequested(path) {
  const page = await browser.newPage();
  const files = [];
  page.on('requestfinished', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin && /\.(js|css)$/.test(url.pathname)) files.push(url.pathname.slice(1));
  });
  await page.goto(origin + path, {waitUntil: 'networkidle0'});
  await page.close();
  return files;
}

const bytes = [
  ['Attune: `dist/attune.js` (every element, Lit, English content)', ['dist/attune.js']],
  ...entries.map(({entry, tags}) => [`Attune: ${tags.map((t) => `\`<${t}>\``).join(' and ')} alone (\`dist/bundles/${entry}.js\`)`, [`dist/bundles/${entry}.js`]]),
  [`SurveyJS ${version('survey-core')}: survey-core + survey-js-ui + CSS`, [`${nm}/survey-core/survey.core.min.js`, `${nm}/survey-js-ui/survey-js-ui.min.js`, `${nm}/survey-core/survey-core.min.css`]],
  [`Shoelace ${version('@shoelace-style/shoelace')}: checkbox + card + button + light theme (every file the page loads)`, await filesRequested('/bench/pages/shoelace.html')],
  [`Cal.com @calcom/embed-core ${version('@calcom/embed-core')}: embed.js (before the iframe)`, [`${nm}/@calcom/embed-core/dist/embed/embed.js`]],
  [`react-calendly ${version('react-calendly')}: dist/index.es.js (React itself not counted)`, [`${nm}/react-calendly/dist/index.es.js`]],
  [`Floor: a minimal Lit ${version('lit')} element`, ['bench/lit-floor.min.js']],
].map(([name, files]) => [name, sum(files)]);

// Render: pages opened alternately, CPU throttled, a warm-up then RUNS counted runs each.
const pages = [
  ['Static HTML (floor)', '/bench/pages/static.html'],
  ['Attune checklist', '/bench/pages/attune-checklist.html'],
  ['SurveyJS survey', '/bench/pages/surveyjs.html'],
  ['Shoelace checklist', '/bench/pages/shoelace.html'],
  ['Attune demo page', '/'],
];
const samples = Object.fromEntries(pages.map(([name]) => [name, {render: [], busy: [], heap: []}]));

async function visit(path) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: THROTTLE});
  await page.evaluateOnNewDocument(() => {
    // The demo page has no marker of its own: mark when every Attune element has rendered.
    if (location.pathname !== '/') return;
    addEventListener('DOMContentLoaded', async () => {
      await customElements.whenDefined('attune-explainer');
      const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('attune-'));
      await Promise.all(els.map((el) => el.updateComplete));
      window.__rendered = performance.now();
    });
  });
  await page.goto(origin + path, {waitUntil: 'load'});
  await page.waitForFunction(() => window.__rendered !== undefined, {timeout: 60_000});
  const rendered = await page.evaluate(() => window.__rendered);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await page.close();
  return {
    render: rendered,
    busy: (metrics.ScriptDuration + metrics.RecalcStyleDuration + metrics.LayoutDuration) * 1000,
    heap: metrics.JSHeapUsedSize,
  };
}

for (let run = 0; run <= RUNS; run++) {
  for (const [name, path] of pages) {
    const sample = await visit(path);
    if (run === 0) continue; // warm-up
    for (const key of ['render', 'busy', 'heap']) samples[name][key].push(sample[key]);
  }
}

// Layout shift of the demo with dist/attune.js one second late.
const lateServer = await serve({delay: {'/dist/attune.js': 1000}});
const late = await browser.newPage();
await late.setViewport({width: 1280, height: 800});
await late.goto(`${lateServer.origin}/`, {waitUntil: 'networkidle0'});
const cls = await late.evaluate(layoutShift);
const chromeVersion = await browser.version();
await browser.close();
await server.close();
await lateServer.close();

// The report.
const stat = (xs) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
const attune = samples['Attune checklist'];
const ratio = (name, key) => (median(samples[name][key]) / median(attune[key])).toFixed(2);
const met = (ok) => (ok ? 'Met:' : 'Not met:');
const floorRatio = median(attune.render) / median(samples['Static HTML (floor)'].render);
const lines = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Rerun it to check these figures on your machine.`,
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}; Node ${process.version}; ${chromeVersion} (headless).`,
  '',
  '## Bytes a page must load',
  '',
  'Raw, gzip (level 9) and brotli (quality 11) bytes, computed from the files themselves.',
  '',
  '| what | raw | gzip | brotli |',
  '| --- | ---: | ---: | ---: |',
  ...bytes.map(([name, b]) => `| ${name} | ${fmt(b.raw)} | ${fmt(b.gzip)} | ${fmt(b.brotli)} |`),
  '',
  '## Render',
  '',
  `Headless Chromium with ${THROTTLE}× CPU throttling and the cache disabled; pages opened in turn, one warm-up round, then ${RUNS} counted runs each. Median (min–max). "Rendered" is the time from navigation start to the widgets being on screen (for web components: defined and their first update complete). "Busy" is script + style + layout time from the DevTools protocol's Performance metrics.`,
  '',
  '| page | rendered, ms | busy, ms | JS heap after render | busy ÷ Attune checklist | rendered ÷ Attune checklist |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...pages.map(([name]) => {
    const s = samples[name];
    return `| ${name} | ${stat(s.render)} | ${stat(s.busy)} | ${fmt(median(s.heap) / 1024)} KB | ${ratio(name, 'busy')} | ${ratio(name, 'render')} |`;
  }),
  '',
  '## Layout shift',
  '',
  `The demo page at 1280×800 with \`dist/attune.js\` delayed by one second: cumulative layout shift **${cls.toFixed(4)}**.`,
  '',
  '## Against the targets',
  '',
  `- ${met(ratio('SurveyJS survey', 'busy') >= 20)} Attune checklist busy time at most 1/20 of SurveyJS's: SurveyJS is ${ratio('SurveyJS survey', 'busy')}× Attune.`,
  `- ${met(ratio('Shoelace checklist', 'busy') >= 2)} At most 1/2 of Shoelace's: Shoelace is ${ratio('Shoelace checklist', 'busy')}× Attune.`,
  `- ${met(floorRatio <= 1.5)} Time to render within 1.5× of the static floor: Attune takes ${floorRatio.toFixed(2)}× the floor.`,
  `- ${met(cls === 0)} CLS 0: ${cls.toFixed(4)}.`,
  '',
  'The Attune checklist page loads the whole script-tag file (`dist/attune.js`), as a site owner would.',
  '',
  `Versions: lit ${version('lit')}, @lit/context ${version('@lit/context')}, survey-core ${version('survey-core')}, survey-js-ui ${version('survey-js-ui')}, @shoelace-style/shoelace ${version('@shoelace-style/shoelace')}, @calcom/embed-core ${version('@calcom/embed-core')}, react-calendly ${version('react-calendly')}.`,
  '',
];
writeFileSync('BENCHMARKS.md', lines.join('\n'));
console.log(lines.join('\n'));
