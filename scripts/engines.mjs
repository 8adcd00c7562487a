// The three browser engines the tests run in, found on this machine: Chromium (any Chrome-family
// browser), Firefox (Debian's firefox-esr, driven through WebDriver BiDi by puppeteer) and WebKit
// (WebKitGTK's MiniBrowser through WebKitWebDriver, under Xvfb). Nothing here downloads a browser.
import {existsSync} from 'node:fs';
import {spawn} from 'node:child_process';
import {findBrowser} from './browser.mjs';

const firefoxPaths = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
const miniBrowserPaths = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'];

export const installHints = {
  firefox: 'apt-get install firefox-esr',
  webkit: 'apt-get install webkit2gtk-driver xvfb',
};

/** Which engines can run here: {chromium, firefox, webkit} → path or null. */
export function findEngines() {
  return {
    chromium: findBrowser({install: true}),
    firefox: firefoxPaths.find((p) => existsSync(p)) ?? null,
    webkit: existsSync('/usr/bin/WebKitWebDriver') && existsSync('/usr/bin/Xvfb') ? (miniBrowserPaths.find((p) => existsSync(p)) ?? null) : null,
  };
}

/** Starts Xvfb and WebKitWebDriver for the WebKit run; returns a function that stops both. */
export async function startWebKitDriver(port) {
  const display = `:${90 + (process.pid % 9)}`;
  const xvfb = spawn('/usr/bin/Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: 'ignore'});
  await new Promise((r) => setTimeout(r, 500));
  const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], {stdio: 'ignore', env: {...process.env, DISPLAY: display}});
  // Wait until the driver answers.
  for (let i = 0; i < 50; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return () => {
    driver.kill();
    xvfb.kill();
  };
}
