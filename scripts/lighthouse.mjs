// Lighthouse (pinned to 12.2.x, which runs on Node 20) on the demo page, in the harness's Chromium.
// `npm test` requires accessibility 100 and records the four scores; `npm run lighthouse` also
// writes them, with the main metrics, to docs/LIGHTHOUSE.md (the committed report).
import {writeFileSync} from 'node:fs';
import lighthouse from 'lighthouse';
import {withBrowser} from './harness.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metrics = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  'Speed Index': 'speed-index',
};

export async function runLighthouse() {
  // Lighthouse connects to the browser puppeteer started, through its debugging port.
  const {lhr} = await withBrowser(({browser, origin}) => {
    const port = Number(new URL(browser.wsEndpoint()).port);
    return lighthouse(`${origin}/`, {hostname: '127.0.0.1', port, output: 'json', logLevel: 'error', onlyCategories: categories});
  });
  const failing = categories.flatMap((c) =>
    lhr.categories[c].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => `${c}: ${a.id}${a.details?.items?.[0]?.reason ? ` (${a.details.items[0].reason})` : ''}`),
  );
  return {
    scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
    failing,
    metrics: Object.fromEntries(Object.entries(metrics).map(([name, id]) => [name, lhr.audits[id]?.displayValue ?? '—'])),
    version: lhr.lighthouseVersion,
    browser: lhr.environment.hostUserAgent.match(/(?:Chrome|Chromium)\/[\d.]+/)?.[0] ?? lhr.environment.hostUserAgent,
    formFactor: lhr.configSettings.formFactor,
    throttling: lhr.configSettings.throttlingMethod,
  };
}

export async function checkLighthouse() {
  const r = await runLighthouse();
  const summary = categories.map((c) => `${c} ${r.scores[c]}`).join(', ');
  const name = `lighthouse ${r.version}: accessibility 100 on the demo page (${summary})`;
  return [{name, ok: r.scores.accessibility === 100, detail: r.failing.join('; ')}];
}

if (process.argv[1]?.endsWith('lighthouse.mjs')) {
  const r = await runLighthouse();
  const lines = [
    '# Lighthouse on the demo page',
    '',
    `Written by \`npm run lighthouse\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse ${r.version}, ${r.browser}, ${r.formFactor} form factor, ${r.throttling} throttling, the demo served locally (\`demo/index.html\` with \`dist/attune.js\`). \`npm test\` runs it again and fails unless accessibility is 100.`,
    '',
    '| category | score |',
    '| --- | --- |',
    ...categories.map((c) => `| ${c} | ${r.scores[c]} |`),
    '',
    '| metric | value |',
    '| --- | --- |',
    ...Object.entries(r.metrics).map(([k, v]) => `| ${k} | ${v} |`),
    '',
    r.failing.length ? `Audits not passed: ${r.failing.join(', ')}.` : 'Every pass/fail audit of the four categories passed.',
    '',
  ];
  writeFileSync('docs/LIGHTHOUSE.md', lines.join('\n'));
  console.log(lines.join('\n'));
}
