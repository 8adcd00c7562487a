// Runs the component tests with web-test-runner in every browser engine found on this machine
// (Chromium, Firefox, WebKit), saying in one line which it skipped and how to install them.
// `--all` insists on all three. Other arguments go to web-test-runner.
import {spawnSync} from 'node:child_process';
import {findEngines, installHints, startWebKitDriver} from './engines.mjs';

const args = process.argv.slice(2);
const all = args.includes('--all');
const engines = findEngines();
const missing = Object.keys(installHints).filter((name) => !engines[name]);
if (missing.length) {
  const how = missing.map((name) => `${name} (${installHints[name]})`).join(', ');
  if (all) {
    console.error(`test:all needs all three engines; missing: ${how}.`);
    process.exit(1);
  }
  console.log(`Engines: running ${Object.keys(engines).filter((n) => engines[n]).join(', ')}; skipped ${how}.`);
}
const env = {...process.env, ATTUNE_CHROMIUM: engines.chromium, ATTUNE_FIREFOX: engines.firefox ?? '', ATTUNE_WEBKIT: engines.webkit ?? ''};
let stop = () => {};
if (engines.webkit) {
  env.ATTUNE_WEBKIT_PORT = String(4400 + (process.pid % 500));
  stop = await startWebKitDriver(Number(env.ATTUNE_WEBKIT_PORT));
}
const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...args.filter((a) => a !== '--all')], {stdio: 'inherit', env});
stop();
process.exit(result.status ?? 1);
