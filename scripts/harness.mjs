// The one harness of the page checks outside web-test-runner (stories, clients, integrations,
// bench, Lighthouse, screenshots): the repository served by @web/dev-server, Chromium through
// puppeteer, one axe rule list. `npm start` serves the demo with it. Nothing here downloads a browser.
import {existsSync, readFileSync} from 'node:fs';
import {execSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {startDevServer} from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

/**
 * Flags for headless use on CI machines (root, no GPU, no network but localhost). Every launch goes
 * through puppeteer, whose own defaults already keep background pages' timers and frames running
 * (tests run two pages at once) and turn off sync, first-run screens and background networking.
 */
export const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-component-update'];

/**
 * A Chromium-family browser: CHROME_PATH, then the usual install paths. As root on a Debian-like
 * system with none found, installs Debian's `chromium` (and says so); otherwise explains and exits.
 */
export function findBrowser({install = false} = {}) {
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  if (install && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (one time)…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {stdio: 'inherit'});
    } catch {
      // Not Debian's package layout (Ubuntu ships Chromium as a snap): fall through to the hint.
    }
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error('No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.');
  process.exit(1);
}

/**
 * Serves the repository (`/` is the demo pre-rendered, dist/demo.html; no dependency folder but the
 * bench's peers when asked), or the folder `root` as it is.
 */
export async function serve({port = 0, hostname = '127.0.0.1', root, benchDependencies = false} = {}) {
  const guard = async (ctx, next) => {
    const dependency = ctx.path.includes('/node_modules/') && !(benchDependencies && ctx.path.startsWith('/bench/node_modules/'));
    if (dependency || ctx.path.includes('/.git/')) return void ((ctx.status = 403), (ctx.body = 'Forbidden'));
    // Browsers ask for /favicon.ico on their own: "no content" rather than a 404 error.
    if (ctx.path === '/favicon.ico') return void (ctx.status = 204);
    // The demo as a site would publish it: pre-rendered (the browser-rendered one is /demo/index.html).
    if (ctx.path === '/' && !root) ctx.url = '/dist/demo.html';
    await next();
    ctx.set('cache-control', 'no-store');
  };
  const rootDir = root ?? fileURLToPath(new URL('..', import.meta.url));
  const server = await startDevServer({config: {rootDir, port, hostname, middleware: [guard]}, readCliArgs: false, readFileConfig: false, logStartMessage: false, autoExitProcess: false});
  return {origin: `http://${hostname}:${server.server.address().port}`, close: () => server.stop()};
}

/**
 * Runs `check({browser, origin, open})` with the repository served (`server`: options of serve())
 * and headless Chromium started (`args`: extra flags); stops both afterwards, whatever happens.
 */
export async function withBrowser(check, {server: serverOptions = {}, args = []} = {}) {
  const server = await serve(serverOptions);
  const browser = await puppeteer.launch({executablePath: findBrowser(), headless: true, args: [...chromeArgs, ...args]});
  try {
    return await check({browser, origin: server.origin, open: (path, options) => openPage(browser, server.origin + path, options)});
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Opens `url` in a new page of `browser` (at `viewport`, when given), collecting console errors and
 * warnings and page errors in `problems` from the start. `before(page)` runs before the navigation.
 */
async function openPage(browser, url, {viewport, before} = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warn', 'warning', 'assert'].includes(m.type()) && !m.text().includes('Lit is in dev mode') && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  if (viewport) await page.setViewport(viewport);
  await before?.(page);
  await page.goto(url, {waitUntil: 'networkidle0'});
  return {page, problems};
}

/** The axe rules every page check applies (test/axe-rules.json): WCAG 2.2 A and AA, and axe's best practices. */
const AXE_TAGS = JSON.parse(readFileSync(new URL('../test/axe-rules.json', import.meta.url), 'utf8'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations in `page` (within the element matching `selector`), one line each. */
export async function axe(page, selector = 'html', {rules} = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async (selector, tags, rules) => {
      const {violations} = await window.axe.run(document.querySelector(selector), {runOnly: tags, rules});
      return violations.map((v) => `axe ${v.id} (${v.nodes.length}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    },
    selector,
    AXE_TAGS,
    rules,
  );
}

/** Waits until every Attune element in the page (shadow roots included) has rendered. */
export const settle = (page) =>
  page.evaluate(async () => {
    const all = (root, found = []) => (root.querySelectorAll('*').forEach((el) => (el.localName.startsWith('attune-') && found.push(el), el.shadowRoot && all(el.shadowRoot, found))), found);
    await Promise.all(all(document).map((el) => el.updateComplete));
  });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT) || 8000;
  try {
    await serve({port, hostname: process.env.HOST || 'localhost'});
    console.log(`Attune demo: http://localhost:${port}  (Ctrl+C to stop)`);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is busy: run PORT=8001 npm start` : error.message);
    process.exit(1);
  }
}
