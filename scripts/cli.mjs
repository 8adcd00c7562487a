// What every check script shares: how a result is printed, and running one script on its own
// (`node scripts/schema.mjs`) as `npm test` would run it.
import {fileURLToPath} from 'node:url';

/** One result as a line: ✓ or ✗, its name, and its detail when it has one. */
export const line = (r) => `${r.ok ? '✓' : '✗'} ${r.name}${r.detail ? ` — ${r.detail}` : ''}`;

/**
 * When the module at `moduleUrl` is the script node was started with, runs `check`, prints its
 * results and exits with 1 if any failed.
 */
export async function runWhenMain(moduleUrl, check) {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  const results = await check();
  for (const r of results) console.log(line(r));
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
