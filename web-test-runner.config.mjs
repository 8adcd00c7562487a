import {mkdirSync, writeFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {chromeArgs, findBrowser} from './scripts/browser.mjs';

/** Writes the pass/fail counts to .test-results/wtr.json for scripts/test.mjs to add up. */
function countReporter() {
  return {
    onTestRunFinished({sessions}) {
      const counts = {passed: 0, failed: 0, skipped: 0, errors: 0};
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that fails to load or throws outside a test counts as one failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) counts.failed++;
        counts.errors += session.errors?.length ?? 0;
      }
      mkdirSync('.test-results', {recursive: true});
      writeFileSync('.test-results/wtr.json', JSON.stringify(counts));
    },
  };
}

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // One page at a time: a second, background page of headless Chromium gets no animation frames.
  concurrency: 1,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'})],
  browsers: [chromeLauncher({launchOptions: {executablePath: findBrowser(), headless: true, args: chromeArgs}})],
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), summaryReporter({flatten: false}), countReporter()],
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
};
