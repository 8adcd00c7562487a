// Runs the component tests in Chromium (installing Debian's chromium first when it is missing
// and this machine allows it), passing any extra arguments to web-test-runner.
import {spawnSync} from 'node:child_process';
import {findBrowser} from './browser.mjs';

findBrowser({install: true});
const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {stdio: 'inherit'});
process.exit(result.status ?? 1);
