// The content packs must be written in the project's own words: no run of 8 consecutive words
// may be shared with the source article (shared/seed beside this repository, when present).
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {runWhenMain} from './cli.mjs';

const RUN = Number(process.env.RUN) || 8;
const words = (text) => text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

export function checkOriginality() {
  const seedDir = fileURLToPath(new URL('../../shared/seed/', import.meta.url));
  if (!existsSync(seedDir)) {
    console.log(`(the source article is not beside this repository at ${seedDir}; nothing to compare)`);
    return [];
  }
  const seed = readdirSync(seedDir).map((f) => words(readFileSync(seedDir + f, 'utf8')).join(' ')).join('\n');
  const pack = readFileSync(new URL('../src/content/anxious-attachment.en.ts', import.meta.url), 'utf8');
  const shared = new Set();
  // Only the quoted texts of the pack file count.
  for (const [, text] of pack.matchAll(/'((?:[^'\\]|\\.)*)'/g)) {
    const w = words(text);
    for (let i = 0; i + RUN <= w.length; i++) {
      const run = w.slice(i, i + RUN).join(' ');
      if (seed.includes(run)) shared.add(run);
    }
  }
  const name = `content: anxious-attachment/en shares no ${RUN}-word run with the source article`;
  return [{name, ok: shared.size === 0, detail: [...shared].slice(0, 5).join(' | ')}];
}

await runWhenMain(import.meta.url, () => checkOriginality());
