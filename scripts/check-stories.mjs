// Every Storybook story really renders in Chromium: builds Storybook (unless told not to), opens
// each story's iframe and checks that its elements upgraded and rendered, that their attributes
// reached their properties (a wrong class-field compile would break that silently), with no console
// error or warning, no page error and no axe violation. A green `storybook build` alone proves none of it.
import {readFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findBrowser} from './browser.mjs';
import {serve} from './serve.mjs';
import {runWhenMain} from './cli.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function checkStories({build = true} = {}) {
  if (build) {
    const built = spawnSync('npm', ['run', '--silent', 'build-storybook'], {stdio: ['ignore', 'ignore', 'inherit']});
    if (built.status !== 0) return [{name: 'storybook: build', ok: false}];
  }
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const fields = {};
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (d.tagName) fields[d.tagName] = Object.fromEntries((d.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.name, a.fieldName]));
    }
  }
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const server = await serve({port: 0});
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({executablePath: findBrowser(), headless: true, args: chromeArgs});
  const results = [];
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(axeSource);
    let problems = [];
    page.on('console', (m) => {
      if (['error', 'warn', 'warning', 'assert'].includes(m.type()) && !m.text().includes('Lit is in dev mode')) problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    for (const [story, scheme] of stories.flatMap((s) => [[s, 'light'], [s, 'dark']])) {
      problems = [];
      await page.goto(`${origin}/storybook-static/iframe.html?id=${story.id}&viewMode=story&globals=scheme:${scheme}`, {waitUntil: 'networkidle0'});
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, {timeout: 10000}).catch(() => {});
      const report = await page.evaluate(async (fields) => {
        const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('attune-'));
        await Promise.all(elements.map((el) => el.updateComplete));
        const issues = [];
        for (const el of elements) {
          if (!customElements.get(el.localName)) issues.push(`<${el.localName}> is not defined`);
          else if (!el.shadowRoot?.childNodes.length) issues.push(`<${el.localName}> rendered nothing`);
          for (const attr of el.attributes) {
            const field = fields[el.localName]?.[attr.name];
            if (!field) continue;
            const value = el[field];
            const same = typeof value === 'boolean' ? value === true : String(value) === attr.value;
            if (!same) issues.push(`<${el.localName}> ${attr.name}="${attr.value}" did not reach .${field} (${String(value)})`);
          }
        }
        const {violations} = await window.axe.run(document.querySelector('#storybook-root'), {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']});
        return {count: elements.length, issues, axe: violations.map((v) => `${v.id}: ${v.help}`)};
      }, fields);
      const all = [...(report.count ? [] : ['no attune element rendered']), ...report.issues, ...report.axe.map((a) => `axe ${a}`), ...problems];
      results.push({name: `story: ${story.title} / ${story.name} (${scheme})`, ok: all.length === 0, detail: all.join('; ')});
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

await runWhenMain(import.meta.url, () => checkStories({build: !process.argv.includes('--no-build')}));
