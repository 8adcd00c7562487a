// The browser tests (`npm run test:unit`, other arguments go to web-test-runner), in every browser
// engine found on this machine: Chromium (any Chrome-family browser), Firefox (Debian's firefox-esr,
// driven through WebDriver BiDi by puppeteer) and WebKit (WebKitGTK's MiniBrowser through
// WebKitWebDriver, under an Xvfb started here). It says in one line which it skipped and how to
// install them; ATTUNE_ALL_ENGINES=1 (npm run test:all) insists on all three. Results also go to
// .test-results/wtr.xml (JUnit; the stories' run to wtr-stories.xml), which npm test counts. Nothing here downloads a browser.
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import {spawn} from 'node:child_process';
import * as esbuild from 'esbuild';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {junitReporter} from '@web/test-runner-junit-reporter';
import puppeteer from 'puppeteer-core';
import pixelmatch from 'pixelmatch';
import {PNG} from 'pngjs';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {chromeArgs, findBrowser} from './scripts/harness.mjs';

const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
const multiarch = ['x86_64', 'aarch64'].map((arch) => `/usr/lib/${arch}-linux-gnu/webkit2gtk-4.1/MiniBrowser`);
const webkit = existsSync('/usr/bin/WebKitWebDriver') && existsSync('/usr/bin/Xvfb') && [...multiarch, '/usr/libexec/webkit2gtk-4.1/MiniBrowser'].find((p) => existsSync(p));
const missing = [!firefox && 'Firefox (apt-get install firefox-esr)', !webkit && 'WebKit (apt-get install webkit2gtk-driver xvfb)'].filter(Boolean);
if (missing.length && process.env.ATTUNE_ALL_ENGINES) {
  console.error(`test:all needs all three engines; missing: ${missing.join(', ')}.`);
  process.exit(1);
}
if (missing.length) console.log(`Engines: skipped ${missing.join(', ')}.`);

// (Passing puppeteer-core names the engines "Chromium" and "Firefox" in the reports.)
const chromium = (args = []) => chromeLauncher({puppeteer, launchOptions: {executablePath: findBrowser({install: true}), headless: true, args: [...chromeArgs, ...args]}});
const browsers = [chromium()];
if (firefox) browsers.push(chromeLauncher({puppeteer, launchOptions: {browser: 'firefox', executablePath: firefox, headless: true}}));
if (webkit) {
  // WebKitWebDriver launches MiniBrowser, which has no headless mode: a display of our own.
  const port = 4400 + (process.pid % 500);
  const display = `:${130 + (process.pid % 10)}`;
  const xvfb = spawn('/usr/bin/Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: 'ignore'});
  await new Promise((r) => setTimeout(r, 500));
  const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], {stdio: 'ignore', env: {...process.env, DISPLAY: display}});
  process.on('exit', () => (driver.kill(), xvfb.kill()));
  for (let i = 0; i < 50 && !(await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      // WebKitWebDriver speaks classic WebDriver only.
      capabilities: {browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true, 'webkitgtk:browserOptions': {binary: webkit, args: ['--automation']}},
    }),
  );
}

// Scripts held back for /as-shipped/ pages (?late=<token>), and the tokens already released.
const held = new Map();
const released = new Set();
const releaseScript = {
  name: 'release-script',
  executeCommand({command, payload}) {
    if (command !== 'release-script') return undefined;
    released.add(payload.token);
    held.get(payload.token)?.();
    return true;
  },
};

/** test/fixtures/probe.js, first in a page's <head>: what its console, errors and CSP report. */
const PROBE = '<head>\n    <script src="/test/fixtures/probe.js"></script>';

/**
 * `ssr-render [{name, markup, packs}]`: each markup rendered by attune-widgets/ssr, in a process of
 * its own (scripts/ssr-render.mjs; the server renderer's DOM shim stays out of this one).
 */
const ssrRender = {
  name: 'ssr-render',
  async executeCommand({command, payload}) {
    if (command !== 'ssr-render') return undefined;
    const {code, output, log} = await run('node', ['scripts/ssr-render.mjs'], {input: JSON.stringify(payload)});
    return code === 0 ? JSON.parse(output) : payload.map(({name}) => ({name, error: log || `exit ${code}`}));
  },
};

/** Runs a command without holding up the test server: {code, output (stdout), log (both streams)}. */
function run(command, args, {cwd, env, input} = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, {cwd, env: {...process.env, ...env}});
    let output = '';
    let log = '';
    child.stdout.on('data', (chunk) => ((output += chunk), (log += chunk)));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', (error) => done({code: -1, output, log: `${log}${error.message}`}));
    child.on('close', (code) => done({code, output, log}));
    child.stdin.end(input ?? '');
  });
}

/**
 * `build-site {site}` (test/integrations.test.ts): builds test/integrations/<site>, an Eleventy 3
 * site or a Next.js 16 static export, into .test-results/integrations/<site>/, once a run (the
 * engines share it), and answers {ok, seconds, log} (the log's last lines). When the run includes
 * that file, both are built before the browsers start: no test shares the machine with Next's build.
 */
const siteBuilds = new Map();
async function buildSite(site) {
  const out = resolve('.test-results/integrations', site);
  const started = performance.now();
  rmSync(out, {recursive: true, force: true});
  if (!existsSync('dist/attune.js')) return {ok: false, seconds: 0, log: 'dist/attune.js is missing: run npm run build first'};
  // As a Next site would: attune.js and the files beside it in public/.
  if (site === 'next') cpSync('dist', 'test/integrations/next/public/attune', {recursive: true, filter: (path) => path === 'dist' || /^dist\/attune[^/]*\.(js|css)$/.test(path)});
  const [command, args, cwd] = site === 'eleventy' ? ['eleventy', ['--quiet', `--output=${out}`], 'test/integrations/eleventy'] : ['next', ['build', 'test/integrations/next'], '.'];
  const {code, log} = await run(resolve('node_modules/.bin', command), args, {cwd, env: {NEXT_TELEMETRY_DISABLED: '1', ATTUNE_NEXT_OUT: relative('test/integrations/next', out)}});
  return {ok: code === 0, seconds: (performance.now() - started) / 1000, log: log.trim().split('\n').slice(-20).join('\n')};
}
const named = process.argv.slice(2).filter((arg) => arg.endsWith('.ts'));
const STORIES = Boolean(process.env.ATTUNE_STORIES);
const runsIntegrations = !STORIES && !process.argv.includes('--group') && (!named.length || named.some((file) => /integrations|\*/.test(file)));
const buildSites = {
  name: 'build-site',
  async serverStart() {
    if (!runsIntegrations) return;
    for (const site of ['eleventy', 'next']) siteBuilds.set(site, await buildSite(site));
  },
  executeCommand({command, payload}) {
    if (command !== 'build-site') return undefined;
    if (!siteBuilds.has(payload.site)) siteBuilds.set(payload.site, buildSite(payload.site));
    return siteBuilds.get(payload.site);
  },
};

/** A client page's app.js, once a run: {text} or {error}. */
const clientBundles = new Map();
function bundleClient(id) {
  const define = {'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false'};
  const entry = id === 'react' ? 'test/clients/react-app.tsx' : 'test/clients/vue-app.ts';
  return esbuild.build({entryPoints: [entry], bundle: true, format: 'esm', jsx: 'automatic', minify: true, logLevel: 'silent', define, write: false}).then(
    ({outputFiles}) => ({text: outputFiles[0].text}),
    (error) => ({error: error.message}),
  );
}

/** The policy the README gives site owners: the demo and the builder render under it with no violation. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src https:; require-trusted-types-for 'script'";

/**
 * The visual check's half in Node (test/visual.test.ts): `{forcedColors}` turns forced colors on or
 * off for the page (puppeteer does not emulate them; the DevTools session that does is kept open);
 * `{clip, file}` takes a picture of that rectangle of the test page and compares it with
 * test/visual/<file>.png, or writes that baseline with ATTUNE_VISUAL_UPDATE=1.
 */
const MAX_DIFF = 0.005;
const devtools = new WeakMap();
const visual = {
  name: 'visual',
  async executeCommand({command, payload, session}) {
    if (command !== 'visual') return undefined;
    const page = session.browser.getPage(session.id);
    if ('forcedColors' in payload) {
      if (!devtools.has(page)) devtools.set(page, await page.createCDPSession());
      await devtools.get(page).send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: payload.forcedColors ? 'active' : 'none'}]});
      return true;
    }
    // The whole picture inside the test page's viewport: puppeteer misplaces clips beyond it.
    await page.setViewport({width: 1280, height: Math.ceil(payload.clip.y + payload.clip.height)});
    const shot = await page.screenshot({type: 'png', clip: payload.clip});
    const file = `test/visual/${payload.file}.png`;
    if (process.env.ATTUNE_VISUAL_UPDATE || !existsSync(file)) {
      writeFileSync(file, shot);
      return {ok: !!process.env.ATTUNE_VISUAL_UPDATE, detail: `baseline written: commit ${file}`};
    }
    const [expected, actual] = [readFileSync(file), shot].map((png) => PNG.sync.read(png));
    const {width, height} = actual;
    const sized = expected.width === width && expected.height === height;
    const diff = new PNG({width, height});
    const changed = sized ? pixelmatch(expected.data, actual.data, diff.data, width, height, {threshold: 0.1}) : width * height;
    const share = changed / (width * height);
    if (share > MAX_DIFF) {
      mkdirSync('.test-results/visual', {recursive: true});
      writeFileSync(`.test-results/visual/${payload.file}.actual.png`, shot);
      if (sized) writeFileSync(`.test-results/visual/${payload.file}.diff.png`, PNG.sync.write(diff));
    }
    const detail = sized ? `${changed} px differ (${(share * 100).toFixed(2)}%, tolerance ${MAX_DIFF * 100}%)` : `size ${width}×${height}, baseline ${expected.width}×${expected.height}`;
    return {ok: share <= MAX_DIFF, detail};
  },
};

export default {
  // Every test file in every engine, but the visual baselines (Chromium's pictures, in a group of their
  // own, left out when the command line names the files to run) and the stories. Those run alone,
  // after the rest (ATTUNE_STORIES=1: `npm test`, `npm run test:stories`): a hundred Storybook pages
  // in two engines at once slow the third's tests past their timeouts.
  files: STORIES ? ['test/stories.test.ts'] : ['test/**/*.test.ts', '!test/visual.test.ts', '!test/stories.test.ts'],
  groups: STORIES || process.argv.slice(2).some((arg) => arg === '--files' || arg.endsWith('.ts')) ? [] : [{name: 'visual', files: 'test/visual.test.ts', browsers: [chromium(['--font-render-hinting=none'])]}],
  nodeResolve: true,
  // One page at a time: a second, background page of headless Chromium gets no animation frames.
  concurrency: 1,
  // /missing-pack/… is dist/ without its Spanish pack, /missing-widgets/… without attune-widgets.js:
  // what a page sees when that file fails to load.
  middleware: [
    // /as-shipped/<page>: a page of the repository as a site serves it, with PROBE first in <head>.
    // ?late=<token>: attune.js is held back until the test sends release-script {token} (at most
    // 10 s); ?no-script: without its attune.js tag; ?csp: under STRICT_CSP.
    async (ctx, next) => {
      const {late} = ctx.query;
      if (ctx.path === '/dist/attune.js' && late && !released.has(late)) await new Promise((resolve) => (held.set(late, resolve), setTimeout(resolve, 10_000)));
      // Storybook's frame (test/stories.test.ts), with the probe first.
      if (ctx.path === '/storybook-static/iframe.html' && existsSync('storybook-static/iframe.html')) {
        ctx.body = readFileSync('storybook-static/iframe.html', 'utf8').replace('<head>', PROBE);
        return void ctx.set({'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'});
      }
      const page = /^\/as-shipped\/(.+\.html)$/.exec(ctx.path)?.[1];
      if (!page) return next();
      const script = '<script type="module" src="/dist/attune.js"></script>';
      const {csp, 'no-script': noScript} = ctx.query;
      const tag = noScript !== undefined ? '' : late ? script.replace('.js"', `.js?late=${late}"`) : script;
      ctx.body = readFileSync(page, 'utf8').replace('<head>', PROBE).replace(script, tag);
      ctx.set({'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(csp !== undefined ? {'content-security-policy': STRICT_CSP} : {})});
    },
    // /clients/<id>/index.html (test/clients.test.ts): test/clients/client.html with PROBE, and its
    // app.js, test/clients/<id>-app.* bundled from the built package (imported by its name) as a
    // production build of each framework would.
    async (ctx, next) => {
      const [, id, file] = /^\/clients\/(react|vue)\/(index\.html|app\.js)$/.exec(ctx.path) ?? [];
      if (!id) return next();
      if (file === 'index.html') ctx.body = readFileSync('test/clients/client.html', 'utf8').replace('<head>', PROBE);
      else {
        if (!clientBundles.has(id)) clientBundles.set(id, bundleClient(id));
        const {text, error} = await clientBundles.get(id);
        // A bundle that fails says why, in the test's output and the page's console.
        if (error) console.error(`clients: ${id}: ${error}`);
        ctx.body = text ?? `console.error(${JSON.stringify(`clients: ${id}: ${error}`)});`;
      }
      ctx.set({'content-type': file === 'app.js' ? 'text/javascript' : 'text/html; charset=utf-8', 'cache-control': 'no-store'});
    },
    // /sites/<site>/<page>: what build-site wrote, its pages with PROBE, and the root paths they
    // use: /assets/ (Eleventy's), /attune/ and /_next/ (Next's).
    (ctx, next) => {
      const [, site, page] = /^\/sites\/(eleventy|next)(\/.*)$/.exec(ctx.path) ?? [];
      const root = /^\/assets\//.test(ctx.path) ? 'eleventy' : /^\/(attune|_next)\//.test(ctx.path) ? 'next' : null;
      const file = site ? `.test-results/integrations/${site}${page}` : root && `.test-results/integrations/${root}${ctx.path}`;
      if (!file) return next();
      if (!page?.endsWith('.html')) {
        ctx.path = `/${file}`;
        return next();
      }
      if (!existsSync(file)) return void (ctx.status = 404);
      ctx.body = readFileSync(file, 'utf8').replace(/<head>/, PROBE);
      ctx.set({'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'});
    },
    (ctx, next) => {
      const [, folder, file] = ctx.path.match(/^\/missing-(pack|widgets)\/(.+)$/) ?? [];
      if (file?.includes(folder === 'pack' ? 'anxious-attachment.es' : 'attune-widgets')) return void (ctx.status = 404);
      if (file) ctx.path = `/dist/${file}`;
      return next();
    },
  ],
  browsers,
  plugins: [
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}),
    {
      // The test page's JS heap after a forced garbage collection (test/lifecycle.test.ts), through the
      // DevTools protocol: {bytes}, null where the engine has no such protocol (Firefox, WebKit).
      name: 'heap-after-gc',
      async executeCommand({command, session}) {
        if (command !== 'heap-after-gc') return undefined;
        try {
          const cdp = await session.browser.getPage(session.id).createCDPSession();
          await cdp.send('HeapProfiler.collectGarbage');
          const {usedSize} = await cdp.send('Runtime.getHeapUsage');
          await cdp.detach();
          return {bytes: usedSize};
        } catch {
          return {bytes: null};
        }
      },
    },
    visual,
    releaseScript,
    ssrRender,
    buildSites,
  ],
  testFramework: {config: {timeout: 10000}},
  // A file's tests together (the lifecycle's 60,000 elements in Chromium, on a loaded two-core machine).
  testsFinishTimeout: 15 * 60_000,
  reporters: [defaultReporter(), summaryReporter({flatten: false}), junitReporter({outputPath: STORIES ? '.test-results/wtr-stories.xml' : '.test-results/wtr.xml'})],
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
};
