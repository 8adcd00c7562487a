// npm run bench: what Attune costs a page, beside a static floor and its peers, measured in one run
// and written to BENCHMARKS.md. Headless Chromium through the DevTools protocol, CPU throttled 4×,
// the pages opened in turn, one warm-up round then BENCH_RUNS rounds (default 9); medians. Installs
// the peers into bench/node_modules on first use. Reports; asserts nothing: timings are no test.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {execSync} from 'node:child_process';
import {cpus, totalmem, release} from 'node:os';
import {build} from 'esbuild';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findBrowser, serve} from './harness.mjs';
import {entries} from './elements.mjs';
import {measure} from './size.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 9;
const THROTTLE = 4;
const VIEWPORT = {width: 1280, height: 800};
const nm = 'bench/node_modules';
const out = 'bench/build';

if (!existsSync(`${nm}/survey-core`)) execSync('npm install --prefix bench --no-audit --no-fund', {stdio: 'inherit'});
if (!existsSync('dist/attune.js') || !existsSync('dist/demo.html')) execSync('node scripts/build.mjs', {stdio: 'inherit'});
mkdirSync(out, {recursive: true});

// The size floor: a minimal Lit element, bundled and minified like dist/attune.js.
const lit = await rollup({input: 'bench/pages/lit-floor.js', plugins: [nodeResolve({exportConditions: ['production']})]});
await lit.write({file: `${out}/lit-floor.min.js`, format: 'es', plugins: [terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}})]});
// Shoelace as a site would ship it: its three components and light theme, bundled and minified.
await build({entryPoints: {shoelace: 'bench/pages/shoelace-bundled.js'}, bundle: true, minify: true, format: 'esm', outdir: out, logLevel: 'warning'});
// Its page: the CDN-files page (the same markup, written once) with the bundle's two files instead.
const shoelaceCdn = readFileSync('bench/pages/shoelace.html', 'utf8');
writeFileSync(
  `${out}/shoelace-bundled.html`,
  shoelaceCdn
    .replace('<title>Shoelace:', '<title>Shoelace, bundled:')
    .replace(/\s*<link rel="stylesheet"[^>]*>(\s*<script[^>]*><\/script>)+/, `\n    <link rel="stylesheet" href="/${out}/shoelace.css" />\n    <script type="module" src="/${out}/shoelace.js"></script>`),
);

// Pages made from others: the floor with attune.js and no widget, and with one CTA; the checklist
// pre-rendered by the CLI, as a site owner would; the pre-rendered pages without their script.
const floor = readFileSync('bench/pages/static.html', 'utf8');
const withScript = floor.replace('</head>', '  <script type="module" src="/dist/attune.js"></script>\n  </head>');
const noScript = (html) => html.replace(/\s*<script\b[\s\S]*?<\/script>/g, '');
writeFileSync(`${out}/no-widget.html`, withScript);
// The control for it: the floor with a module script that does nothing (what any script costs here).
writeFileSync(`${out}/empty.js`, 'export {};\n');
writeFileSync(`${out}/empty-module.html`, withScript.replace('/dist/attune.js', `/${out}/empty.js`));
// The stack's own floor: one minimal Lit element (a button with a label), bundled and minified.
writeFileSync(`${out}/lit-floor.html`, withScript.replace('/dist/attune.js', `/${out}/lit-floor.min.js`).replace('</main>', '  <floor-element label="Book a first chat"></floor-element>\n    </main>'));
writeFileSync(`${out}/cta.html`, withScript.replace('</main>', '  <attune-booking-cta><a href="/bench/pages/static.html">Book a first chat</a></attune-booking-cta>\n    </main>'));
execSync(`node dist/cli.js prerender bench/pages/attune-checklist.html -o ${out}/checklist-prerendered.html --stylesheets /dist/`, {stdio: 'pipe'});
writeFileSync(`${out}/checklist-floor.html`, noScript(readFileSync(`${out}/checklist-prerendered.html`, 'utf8')));
writeFileSync(`${out}/demo-floor.html`, noScript(readFileSync('dist/demo.html', 'utf8')));

// Every page: [name, path, its floor (the same text without script), what it is].
const F = 'Static floor';
const pages = [
  [F, '/bench/pages/static.html', F, 'a heading, five checkboxes and a button, plain HTML, no script'],
  ['Empty module script', `/${out}/empty-module.html`, F, 'the floor with `<script type=module>` of a file that does nothing: what any module script costs in this measure'],
  ['No widget, attune.js', `/${out}/no-widget.html`, F, 'the floor with `<script type=module src=dist/attune.js>` and no Attune element'],
  ['Minimal Lit element', `/${out}/lit-floor.html`, F, 'the floor with one minimal Lit element (`LitElement`, `html`, `css`, one property: a button with a label), bundled and minified: what any Lit element costs in this measure'],
  ['One booking CTA', `/${out}/cta.html`, F, 'the floor, attune.js and one `<attune-booking-cta>`'],
  ['Attune checklist + CTA', '/bench/pages/attune-checklist-cta.html', F, '`<attune-symptom-checklist>` and `<attune-booking-cta>`, rendered in the browser by attune.js'],
  ['Shoelace, bundled', `/${out}/shoelace-bundled.html`, F, 'five `<sl-checkbox>` in an `<sl-card>` with an `<sl-button>`: Shoelace bundled and minified with esbuild (one JS, one CSS file)'],
  ['Shoelace, CDN files', '/bench/pages/shoelace.html', F, 'the same markup from Shoelace\'s unbundled `cdn/` files (every chunk a request)'],
  ['SurveyJS survey', '/bench/pages/surveyjs.html', F, 'a five-question rating survey, survey-core + survey-js-ui'],
  ['Checklist floor', `/${out}/checklist-floor.html`, 'Checklist floor', 'the pre-rendered checklist page without its script'],
  ['Checklist, client-rendered', '/bench/pages/attune-checklist.html', 'Checklist floor', '`<attune-symptom-checklist>` rendered in the browser by attune.js'],
  ['Checklist, pre-rendered', `/${out}/checklist-prerendered.html`, 'Checklist floor', 'the same page pre-rendered by `attune-widgets prerender --stylesheets /dist/`, hydrated lazily'],
  ['Demo floor', `/${out}/demo-floor.html`, 'Demo floor', 'the pre-rendered demo without its script'],
  ['Demo, client-rendered', '/demo/index.html', 'Demo floor', 'demo/index.html, every widget rendered in the browser'],
  ['Demo, pre-rendered', '/', 'Demo floor', 'dist/demo.html (scripts/prerender-fixtures.mjs), what `npm start` serves at /, hydrated lazily'],
];

const server = await serve({benchDependencies: true});
const {origin} = server;
const browser = await puppeteer.launch({executablePath: findBrowser(), headless: true, args: chromeArgs});

// What the page reports of its paints and shifts: buffered entries, read at once with takeRecords().
function vitals() {
  const entries = (type) => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({type, buffered: true});
    const list = observer.takeRecords();
    observer.disconnect();
    return list;
  };
  return {
    now: performance.now(),
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: entries('largest-contentful-paint').at(-1)?.startTime ?? NaN,
    cls: entries('layout-shift').reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0),
  };
}

/**
 * Main-thread busy time from a trace: the thread (CPU) time of every top-level task on the page's
 * renderer main thread, from navigationStart until `until` (ms after it).
 */
function busy(trace, url, until) {
  const nav = trace.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const end = nav.ts + until * 1000;
  const tasks = trace.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts && e.ts + e.dur <= end);
  return tasks.reduce((sum, e) => sum + e.tdur, 0) / 1000;
}

/** One visit: trace, paints, shifts, and the same-origin files the page loaded. */
async function visit(path, throttle) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
  const files = [];
  page.on('requestfinished', (r) => r.url().startsWith(`${origin}/`) && files.push(new URL(r.url()).pathname));
  await page.tracing.start({categories: ['toplevel', 'blink.user_timing']});
  const url = origin + path;
  await page.goto(url, {waitUntil: 'networkidle0'});
  // Quiet: no request for 500 ms and, where a script can hydrate, no widget still waiting to (5 s at
  // most: past the idle hydration's 4 s timeout, a widget waits for the visitor).
  const waiting = () => document.querySelector('script') && document.querySelector('[defer-hydration]');
  for (let i = 0; i < 20 && (await page.evaluate(waiting)); i++) await new Promise((r) => setTimeout(r, 250));
  const result = await page.evaluate(vitals);
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
  await page.close();
  return {...result, busy: busy(trace, url, result.now), files};
}

// Each page twice a round: throttled 4× (what the goals are set in), and unthrottled, whose thread
// time has no throttler busy-wait to multiply the shared machine's noise (`busy1`).
const samples = Object.fromEntries(pages.map(([name]) => [name, {fcp: [], lcp: [], cls: [], busy: [], busy1: []}]));
const loaded = {};
for (let run = 0; run <= RUNS; run++) {
  for (const [name, path] of pages) {
    const sample = await visit(path, THROTTLE);
    const unthrottled = await visit(path, 1);
    loaded[name] ??= sample.files;
    if (run === 0) continue; // warm-up
    for (const key of ['fcp', 'lcp', 'cls', 'busy']) samples[name][key].push(sample[key]);
    samples[name].busy1.push(unthrottled.busy);
  }
  process.stdout.write(`bench: round ${run}/${RUNS}\r`);
}
const chromeVersion = await browser.version();
await browser.close();
await server.close();

// Bytes: of the files themselves (deterministic), the HTML, scripts and stylesheets each page loaded.
const file = (path) => (path === '/' ? 'dist/demo.html' : path.slice(1));
const sum = (files) => files.map(measure).reduce((a, b) => ({raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli}), {raw: 0, gzip: 0, brotli: 0});
const pageBytes = Object.fromEntries(pages.map(([name, path]) => [name, sum([...new Set([path, ...loaded[name]])].filter((p) => p === '/' || /\.(html|js|css)$/.test(p)).map(file))]));
const version = (name) => JSON.parse(readFileSync(`${existsSync(`${nm}/${name}`) ? nm : 'node_modules'}/${name}/package.json`, 'utf8')).version;
const libraries = [
  ['Attune: `dist/attune.js` + `dist/attune-widgets.js` (every element, Lit, English content)', ['dist/attune.js', 'dist/attune-widgets.js']],
  ...entries.map(({entry, tags}) => [`Attune: ${tags.map((t) => `\`<${t}>\``).join(' and ')} alone (\`dist/bundles/${entry}.js\`)`, [`dist/bundles/${entry}.js`]]),
  [`SurveyJS ${version('survey-core')}: survey-core + survey-js-ui + CSS`, [`${nm}/survey-core/survey.core.min.js`, `${nm}/survey-js-ui/survey-js-ui.min.js`, `${nm}/survey-core/survey-core.min.css`]],
  [`Shoelace ${version('@shoelace-style/shoelace')}: checkbox + card + button + light theme, bundled with esbuild`, [`${out}/shoelace.js`, `${out}/shoelace.css`]],
  [`Shoelace ${version('@shoelace-style/shoelace')}: the same from its \`cdn/\` files (every file the page loads)`, loaded['Shoelace, CDN files'].filter((p) => /\.(js|css)$/.test(p)).map(file)],
  [`Cal.com @calcom/embed-core ${version('@calcom/embed-core')}: embed.js (before the iframe)`, [`${nm}/@calcom/embed-core/dist/embed/embed.js`]],
  [`react-calendly ${version('react-calendly')}: dist/index.es.js (React itself not counted)`, [`${nm}/react-calendly/dist/index.es.js`]],
  [`Floor: a minimal Lit ${version('lit')} element`, [`${out}/lit-floor.min.js`]],
].map(([name, files]) => [name, sum(files)]);

// `:not(:defined)` rules a pre-rendered page relies on: in its HTML or stylesheets, outside an element's own `:host(…)`.
const notDefined = (name) => [...new Set([pages.find((p) => p[0] === name)[1], ...loaded[name]])].filter((p) => p === '/' || /\.(html|css)$/.test(p)).reduce((n, p) => n + (readFileSync(file(p), 'utf8').match(/(?<!:host\():not\(:defined\)/g)?.length ?? 0), 0);

// The report.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = (name, key) => median(samples[name][key]);
const floorOf = (name) => pages.find((p) => p[0] === name)[2];
const over = (name, key = 'busy') => m(name, key) - m(floorOf(name), key);
const fmt = (n, digits = 0) => n.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits});
const ms = (xs) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
// A page's cost over its floor, 4× throttled and (in brackets) unthrottled.
const both = (name) => `${signed(over(name))} (${signed(over(name, 'busy1'))})`;
const met = (ok) => (ok ? '**Met**' : '**Not met**');
const signed = (n) => `${n >= 0 ? '+' : '−'}${fmt(Math.abs(n))}`;
const [attune, shoelace] = [over('Attune checklist + CTA'), over('Shoelace, bundled')];
const prerendered = ['Checklist, pre-rendered', 'Demo, pre-rendered'];
const goals = [
  [over('No widget, attune.js') <= 5, `(a) attune.js on a page with no widget at most 5 ms main thread over the floor: ${both('No widget, attune.js')} ms. The control, a module script that does nothing: ${both('Empty module script')} ms; attune.js over it: ${signed(m('No widget, attune.js', 'busy') - m('Empty module script', 'busy'))} (${signed(m('No widget, attune.js', 'busy1') - m('Empty module script', 'busy1'))}) ms.`],
  [over('One booking CTA') <= 10, `(b) One booking CTA at most 10 ms over the floor: ${both('One booking CTA')} ms. The stack's floor, one minimal Lit element: ${both('Minimal Lit element')} ms; the CTA over it: ${signed(over('One booking CTA') - over('Minimal Lit element'))} (${signed(over('One booking CTA', 'busy1') - over('Minimal Lit element', 'busy1'))}) ms.`],
  [attune <= shoelace / 2, `(c) Checklist + CTA's added cost at most ½ of bundled Shoelace's: Attune ${both('Attune checklist + CTA')} ms, Shoelace ${both('Shoelace, bundled')} ms, ratio ${fmt(attune / shoelace, 2)} (${fmt(over('Attune checklist + CTA', 'busy1') / over('Shoelace, bundled', 'busy1'), 2)}) (target ≤ 0.50).`],
  ...prerendered.map((name) => [m(name, 'lcp') <= 1.1 * m(floorOf(name), 'lcp'), `(d) ${name}: LCP within 1.1× of its floor: ${fmt(m(name, 'lcp'))} ms vs ${fmt(m(floorOf(name), 'lcp'))} ms, ${fmt(m(name, 'lcp') / m(floorOf(name), 'lcp'), 2)}×.`]),
  ...prerendered.map((name) => [Math.max(...samples[name].cls) === 0 && notDefined(name) === 0, `(e) ${name}: CLS 0 with no \`:not(:defined)\` rule: CLS at most ${fmt(Math.max(...samples[name].cls), 4)} over the runs, ${notDefined(name)} such rules.`]),
  ...prerendered.map((name) => [over(name) <= 10, `(f) ${name}: main thread at most 10 ms over its floor, lazy hydration: ${both(name)} ms.`]),
  [attune <= over('SurveyJS survey') / 20, `(earlier) Checklist + CTA's added cost at most 1/20 of SurveyJS's: SurveyJS ${signed(over('SurveyJS survey'))} ms, ratio ${fmt(attune / over('SurveyJS survey'), 3)} (target ≤ 0.05).`],
];
const kb = ({raw, gzip, brotli}) => `${fmt(raw)} / ${fmt(gzip)} / ${fmt(brotli)}`;
const lines = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Rerun it to check these figures on your machine; timings move from run to run (see the ranges), bytes do not.`,
  '',
  '## Method',
  '',
  `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}; Node ${process.version}; ${chromeVersion}, headless, ${VIEWPORT.width}×${VIEWPORT.height}.`,
  `- CPU throttled ${THROTTLE}× (\`Emulation.setCPUThrottlingRate\`), cache disabled, every page in a new tab served from localhost by the repository's dev server. The pages are opened in turn (interleaved), one warm-up round, then ${RUNS} counted rounds (\`BENCH_RUNS\`); each figure is the median, with min–max.`,
  '- Medians still move from run to run on a busy machine (other processes take the cores, and the throttler multiplies the delay): run the bench twice and read a goal that flips between the runs as unresolved.',
  '- A visit ends when the page is quiet: no request for 500 ms and no widget still waiting to hydrate (5 s at most). Nothing is clicked or typed, so every figure is from before the first input.',
  '- **FCP**, **LCP**: the page\'s `first-contentful-paint` and last `largest-contentful-paint` entries; **CLS**: the sum of its `layout-shift` entries (buffered PerformanceObservers).',
  '- **Main thread**: a trace of each visit (DevTools protocol Tracing, category `toplevel`); the sum of the thread (CPU) time of every top-level task on the page\'s renderer main thread from navigationStart until the page is quiet: HTML parsing, script, style, layout, paint and the navigation itself, no idle time. Thread time rather than wall time, because the machine is shared: wall time also holds the time the OS gave the core to other processes, and Chromium\'s throttler (a busy-wait sized from the wall time that ran before it) multiplies that. Thread time keeps the throttler\'s busy-wait, so it is what a 4× slower CPU would spend. (`Performance.getMetrics` has only counters for the whole renderer, and its Script/Layout durations leave out HTML parsing and paint.) "Over floor" is the median minus the median of the page\'s floor: the same text as plain HTML, without script.',
  '- **Unthrottled**: each page is also visited without throttling in the same round, and its main thread measured the same way. Without the throttler\'s busy-wait, this thread time moves far less from run to run; the goals are judged on the throttled figures (the unthrottled ones are in brackets).',
  '- **Bytes**: raw / gzip (level 9) / brotli (quality 11) of the HTML, scripts and stylesheets the page loaded, computed from the files themselves (deterministic).',
  '',
  '## Pages',
  '',
  '| page | floor | FCP, ms | LCP, ms | CLS | main thread (CPU), ms | over floor, ms | unthrottled: main thread, over floor, ms | bytes raw / gzip / brotli |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...pages.map(([name, , floorName]) => {
    const s = samples[name];
    return `| ${name} | ${floorName === name ? '—' : floorName} | ${ms(s.fcp)} | ${ms(s.lcp)} | ${fmt(median(s.cls), 4)} | ${ms(s.busy)} | ${floorName === name ? '—' : signed(over(name))} | ${ms(s.busy1)}${floorName === name ? '' : `, ${signed(over(name, 'busy1'))}`} | ${kb(pageBytes[name])} |`;
  }),
  '',
  ...pages.map(([name, path, , what]) => `- **${name}** (\`${path}\`): ${what}.`),
  '',
  '## Against the goals',
  '',
  ...goals.map(([ok, text]) => `- ${met(ok)} ${text}`),
  '',
  `Pre-rendered HTML: the checklist page ${kb(measure(`${out}/checklist-prerendered.html`))} bytes (raw / gzip / brotli), the demo (\`dist/demo.html\`) ${kb(measure('dist/demo.html'))}; its browser-rendered source (\`demo/index.html\`) ${kb(measure('demo/index.html'))}.`,
  '',
  '## Bytes of the libraries',
  '',
  '| what | raw | gzip | brotli |',
  '| --- | ---: | ---: | ---: |',
  ...libraries.map(([name, b]) => `| ${name} | ${fmt(b.raw)} | ${fmt(b.gzip)} | ${fmt(b.brotli)} |`),
  '',
  `Versions: lit ${version('lit')}, @lit/context ${version('@lit/context')}, survey-core ${version('survey-core')}, survey-js-ui ${version('survey-js-ui')}, @shoelace-style/shoelace ${version('@shoelace-style/shoelace')}, @calcom/embed-core ${version('@calcom/embed-core')}, react-calendly ${version('react-calendly')}, esbuild ${version('esbuild')}.`,
  '',
];
writeFileSync('BENCHMARKS.md', lines.join('\n'));
console.log(lines.join('\n'));
