// Size budgets (elements.json): raw, gzip -9 and brotli (quality 11) bytes of the script-tag files
// and of each one-element bundle; fails when one is over its brotli budget. Writes docs/SIZES.md,
// the table the README links to. Deterministic byte counts, not timings.
import {readFileSync, writeFileSync} from 'node:fs';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {entries, files} from './elements.mjs';
import {runWhenMain} from './cli.mjs';

export const budgets = [
  ...files,
  ...entries.map((e) => ({file: `dist/bundles/${e.entry}.js`, what: `${e.tags.map((t) => `\`<${t}>\``).join(' and ')} alone, with Lit and the English content`, budget: e.budget})),
];

export function measure(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

/** Returns one result per file: {name, ok, detail}; writes docs/SIZES.md. */
export function checkSizes() {
  const rows = budgets.map((b) => ({...b, ...measure(b.file)}));
  const fmt = (n) => n.toLocaleString('en-US');
  writeFileSync(
    'docs/SIZES.md',
    ['# Sizes', '', 'Written by `npm run size` (and `npm test`): bytes of the built files, brotli at quality 11. Budgets: `elements.json`.', '', '| file | what | raw | gzip -9 | brotli | budget |', '| --- | --- | ---: | ---: | ---: | ---: |']
      .concat(rows.map((r) => `| \`${r.file}\` | ${r.what} | ${fmt(r.raw)} B | ${fmt(r.gzip)} B | ${fmt(r.brotli)} B | ${fmt(r.budget)} B |`), '')
      .join('\n'),
  );
  return rows.map((r) => ({
    name: `size: ${r.file}`,
    ok: r.brotli <= r.budget,
    detail: `${r.raw} B raw, ${r.gzip} B gzip, ${r.brotli} B brotli (budget ${r.budget} B brotli, ${r.budget - r.brotli} B left)`,
  }));
}

await runWhenMain(import.meta.url, () => checkSizes());
