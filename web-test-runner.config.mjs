import {mkdirSync, writeFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {chromeArgs, findBrowser} from './scripts/browser.mjs';

/** Writes pass/fail counts, in all and per engine, to .test-results/wtr.json for scripts/test.mjs. */
function countReporter() {
  return {
    onTestRunFinished({sessions}) {
      const counts = {passed: 0, failed: 0, skipped: 0, errors: 0, engines: {}};
      for (const session of sessions) {
        const engine = (counts.engines[session.browser.name] ??= {passed: 0, failed: 0});
        const walk = (suite) => {
          for (const test of suite?.tests ?? []) {
            const outcome = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
            counts[outcome]++;
            if (outcome !== 'skipped') engine[outcome]++;
          }
          for (const child of suite?.suites ?? []) walk(child);
        };
        walk(session.testResults);
        // A file that fails to load or throws outside a test counts as one failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          counts.failed++;
          engine.failed++;
        }
        counts.errors += session.errors?.length ?? 0;
      }
      mkdirSync('.test-results', {recursive: true});
      writeFileSync('.test-results/wtr.json', JSON.stringify(counts));
    },
  };
}

// Engines: scripts/wtr.mjs finds them and starts WebKit's driver; alone, this config runs Chromium.
// (Passing puppeteer-core names the engines "Chromium" and "Firefox" in the reports.)
const browsers = [chromeLauncher({puppeteer, launchOptions: {executablePath: process.env.ATTUNE_CHROMIUM || findBrowser(), headless: true, args: chromeArgs}})];
if (process.env.ATTUNE_FIREFOX) {
  browsers.push(chromeLauncher({puppeteer, launchOptions: {browser: 'firefox', executablePath: process.env.ATTUNE_FIREFOX, headless: true}}));
}
if (process.env.ATTUNE_WEBKIT) {
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.ATTUNE_WEBKIT_PORT),
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: process.env.ATTUNE_WEBKIT, args: ['--automation']},
      },
    }),
  );
}

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // One page at a time: a second, background page of headless Chromium gets no animation frames.
  concurrency: 1,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'})],
  browsers,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), summaryReporter({flatten: false}), countReporter()],
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
};
