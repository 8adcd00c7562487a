// npm run bench:profile: where the main-thread time of attune.js goes at startup, on the pages of
// the bench's goals: the floor, no widget, one CTA, the checklist and the demo pre-rendered. Rebuilds
// dist/attune.js as the build does (same rollup input, plugins and terser passes) but with short
// lines and a source map, samples each page with the DevTools protocol's Profiler, CPU throttled 4×
// like the bench, and maps every sample's line back to its module in dist/ or node_modules/. Prints
// self time per module and per function, and the engine's phases from a trace of the same visit
// (HTML parsing, module compile and evaluation, style, layout, paint), means of PROFILE_RUNS runs
// (default 5). The profiler slows the page: read the shares, not the totals. Asserts nothing.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {execSync} from 'node:child_process';
import {SourceMap} from 'node:module';
import {rollup} from 'rollup';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findBrowser, serve} from './harness.mjs';
import configs from '../rollup.config.mjs';

const RUNS = Number(process.env.PROFILE_RUNS) || 5;
const THROTTLE = 4;
const out = 'bench/build/profile';
mkdirSync(out, {recursive: true});

// attune.js again, lines of at most 80 characters, so that a sample's line names its module.
const config = configs.find((c) => c.input?.attune);
const bundle = await rollup({input: config.input, plugins: config.plugins, preserveEntrySignatures: config.preserveEntrySignatures});
await bundle.write({
  ...config.output,
  dir: out,
  sourcemap: true,
  plugins: [terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false, max_line_len: 80}})],
});
const maps = new Map();
/** The module (in dist/ or node_modules/), line and source text at a position of the profiled bundle. */
function where(url, line, column) {
  const file = new URL(url).pathname.slice(1);
  if (!file.startsWith(out)) return {module: file, line: line + 1, text: ''};
  if (!maps.has(file)) {
    const payload = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    maps.set(file, {map: new SourceMap(payload), payload});
  }
  const {map, payload} = maps.get(file);
  const entry = map.findEntry(line, column);
  const index = payload.sources.indexOf(entry.originalSource);
  const source = payload.sourcesContent?.[index]?.split('\n')[entry.originalLine] ?? '';
  // A minified line (Lit's production build): the text from the function on.
  const text = (source.length > 200 ? source.slice(entry.originalColumn) : source).trim();
  return {module: (entry.originalSource ?? file).replace(/^.*?\/(dist|node_modules)\//, '$1/'), line: entry.originalLine + 1, text};
}

const floor = readFileSync('bench/pages/static.html', 'utf8');
const script = `  <script type="module" src="/${out}/attune.js"></script>\n  </head>`;
const pages = {
  'Static floor': floor,
  'No widget, attune.js': floor.replace('</head>', script),
  'One booking CTA': floor.replace('</head>', script).replace('</main>', '  <attune-booking-cta><a href="/bench/pages/static.html">Book a first chat</a></attune-booking-cta>\n    </main>'),
};
// The pre-rendered pages of the bench, loading the profiled bundle (and its hydration chunk) instead.
execSync(`node dist/cli.js prerender bench/pages/attune-checklist.html -o ${out}/checklist.html --stylesheets /dist/`, {stdio: 'pipe'});
pages['Checklist, pre-rendered'] = readFileSync(`${out}/checklist.html`, 'utf8').replace('/dist/attune.js', `/${out}/attune.js`);
pages['Demo, pre-rendered'] = readFileSync('dist/demo.html', 'utf8').replace('/dist/attune.js', `/${out}/attune.js`);
for (const [name, html] of Object.entries(pages)) writeFileSync(`${out}/${name.replace(/\W+/g, '-')}.html`, html);

const server = await serve();
const browser = await puppeteer.launch({executablePath: findBrowser(), headless: true, args: chromeArgs});

const PHASES = ['ParseHTML', 'ParseAuthorStyleSheet', 'v8.compileModule', 'v8.evaluateModule', 'v8.compile', 'v8.callFunction', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'];

/** One profiled visit: self time (ms) per module and per `module function`. */
async function profile(path) {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 800});
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: THROTTLE});
  // A page of the same origin first, so the page profiled runs in the renderer being profiled.
  await page.goto(`${server.origin}/bench/pages/static.html`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 100});
  await cdp.send('Profiler.start');
  await page.tracing.start({categories: ['devtools.timeline', 'v8', 'blink.user_timing']});
  const url = server.origin + path;
  await page.goto(url, {waitUntil: 'networkidle0'});
  const {profile} = await cdp.send('Profiler.stop');
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
  await page.close();
  // The engine's phases from the trace, main-thread CPU time like the bench (inclusive: compiles run inside evaluation).
  const nav = trace.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const phases = {};
  for (const e of trace) if (e.ph === 'X' && e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts && PHASES.includes(e.name)) phases[e.name] = (phases[e.name] ?? 0) + (e.tdur ?? 0) / 1000;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const ticks = new Map();
  profile.samples.forEach((id, i) => ticks.set(id, (ticks.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const modules = {};
  const functions = {};
  const add = (table, key, ms) => (table[key] = (table[key] ?? 0) + ms);
  for (const [id, time] of ticks) {
    const {callFrame: f, positionTicks = [], hitCount} = nodes.get(id);
    // (program): the engine's own work (parsing, compiling, DOM, style, layout); (garbage collector).
    if (!f.url) add(modules, f.functionName, time);
    else if (f.functionName === '' && f.lineNumber === 0 && f.columnNumber === 0) {
      // The bundle's top level holds every module's: its time split by line, each line's module.
      const all = positionTicks.reduce((n, l) => n + l.ticks, 0) || hitCount || 1;
      for (const {line, ticks: n} of positionTicks) {
        const {module} = where(f.url, line - 1, 40);
        add(modules, module, (time * n) / all);
        add(functions, `${module} (top level)`, (time * n) / all);
      }
    } else {
      const at = where(f.url, f.lineNumber, f.columnNumber);
      const name = `\`${at.text.slice(0, 60).replaceAll('`', "'").replaceAll('|', '\\|')}\``;
      add(modules, at.module, time);
      add(functions, `${at.module}:${at.line} ${name}`, time);
    }
  }
  return {modules, functions, phases};
}

// Means, not medians: a function sampled in some runs only would get 0 from a median.
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const table = (runs, key, top) => {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r[key])))];
  return names
    .map((name) => [name, mean(runs.map((r) => r[key][name] ?? 0))])
    .filter(([name]) => name !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `| ${name} | ${ms.toFixed(1)} |`);
};
for (const name of Object.keys(pages)) {
  const runs = [];
  for (let i = 0; i <= RUNS; i++) {
    const result = await profile(`/${out}/${name.replace(/\W+/g, '-')}.html`);
    if (i) runs.push(result); // the first is a warm-up
  }
  const js = mean(runs.map((r) => Object.entries(r.modules).reduce((n, [k, ms]) => n + (k.startsWith('(') ? 0 : ms), 0)));
  console.log(`\n## ${name}: self time, ms (mean of ${RUNS} runs, ${THROTTLE}× throttled); JavaScript in all: ${js.toFixed(1)} ms\n\n| module | ms |\n| --- | ---: |\n${table(runs, 'modules', 15).join('\n')}`);
  console.log(`\n| phase (trace) | ms |\n| --- | ---: |\n${table(runs, 'phases', PHASES.length).join('\n')}`);
  console.log(`\n| module and function | ms |\n| --- | ---: |\n${table(runs, 'functions', 20).join('\n')}`);
}
await browser.close();
await server.close();
