// The one harness of the page checks outside web-test-runner (Lighthouse, bench, screenshots,
// the screen reader): the repository served by @web/dev-server, Chromium through
// puppeteer. `npm start` serves the demo with it. Nothing here downloads a browser.
import {existsSync} from 'node:fs';
import {execSync} from 'node:child_process';
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
 * Serves the repository: `/` is the demo pre-rendered (dist/demo.html); no dependency folder but the
 * bench's peers, when asked.
 */
export async function serve({port = 0, hostname = '127.0.0.1', benchDependencies = false} = {}) {
  const guard = async (ctx, next) => {
    const dependency = ctx.path.includes('/node_modules/') && !(benchDependencies && ctx.path.startsWith('/bench/node_modules/'));
    if (dependency || ctx.path.includes('/.git/')) return void ((ctx.status = 403), (ctx.body = 'Forbidden'));
    // Browsers ask for /favicon.ico on their own: "no content" rather than a 404 error.
    if (ctx.path === '/favicon.ico') return void (ctx.status = 204);
    // The demo as a site would publish it: pre-rendered (the browser-rendered one is /demo/index.html).
    if (ctx.path === '/') ctx.url = '/dist/demo.html';
    await next();
    ctx.set('cache-control', 'no-store');
  };
  const rootDir = fileURLToPath(new URL('..', import.meta.url));
  const server = await startDevServer({config: {rootDir, port, hostname, middleware: [guard]}, readCliArgs: false, readFileConfig: false, logStartMessage: false, autoExitProcess: false});
  return {origin: `http://${hostname}:${server.server.address().port}`, close: () => server.stop()};
}

/**
 * Runs `check({browser, origin})` with the repository served and headless Chromium started; stops
 * both afterwards, whatever happens.
 */
export async function withBrowser(check) {
  const server = await serve();
  const browser = await puppeteer.launch({executablePath: findBrowser(), headless: true, args: chromeArgs});
  try {
    return await check({browser, origin: server.origin});
  } finally {
    await browser.close();
    await server.close();
  }
}

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
