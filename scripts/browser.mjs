// Finds a Chromium-family browser for tests, screenshots and smoke checks:
// CHROME_PATH, then the usual install paths. As root on a Debian-like system with none found,
// installs Debian's `chromium` (and says so); otherwise explains how to get one and exits.
import {existsSync} from 'node:fs';
import {execSync} from 'node:child_process';

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

/** Flags for headless use on CI machines (root, no GPU, no network but localhost). */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Tests run two pages at once; a page in the background must not have its timers or frames paused.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export function findBrowser({install = false} = {}) {
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (install && isRoot && hasApt) {
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
 * Opens `url` in a new page of `browser` (puppeteer), collecting console errors and warnings and
 * page errors in `problems` from the start.
 */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url, {waitUntil: 'networkidle0'});
  return {page, problems};
}
