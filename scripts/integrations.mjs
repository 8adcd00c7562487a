// Server rendering in two real site builds, each importing attune-widgets/ssr by its name: an
// Eleventy 3 site whose transform calls renderToString (test/integrations/eleventy/) and a Next.js 16
// static export whose server component does (test/integrations/next/). Reads the HTML files they
// write, then opens each page in Chromium: hydration says nothing, and a checklist box ticks.
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {resolve} from 'node:path';
import {withBrowser} from './harness.mjs';
import {runWhenMain} from './cli.mjs';
import {anxiousAttachmentEn as en} from '../dist/content/anxious-attachment.en.js';
import {anxiousAttachmentEs as es} from '../dist/content/anxious-attachment.es.js';

const out = resolve('.test-results/integrations');
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const bin = (name) => resolve('node_modules/.bin', name);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Runs one build; its output is shown only when it fails. */
function build(command, args, options = {}) {
  const started = performance.now();
  const run = spawnSync(command, args, {encoding: 'utf8', ...options, env: {...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env}});
  return {ok: run.status === 0, seconds: (performance.now() - started) / 1000, log: `${run.stdout}${run.stderr}`.trim().split('\n').slice(-20).join('\n')};
}

// Each page: its explainer's heading, and what else its HTML must hold before any script runs (a
// checklist statement, the CTA's link resolved against the page, the page's language).
const english = {heading: en.sections['what-is'].heading, html: [escape(en.sections.signs.items[0].title), 'href="https://calm-harbour.example/book"']};
const sites = {
  eleventy: {'index.html': english, 'es/index.html': {heading: es.sections['what-is'].heading, html: [escape(es.sections.signs.items[0].title), 'lang="es"']}},
  next: {'index.html': english},
};

export async function checkIntegrations() {
  rmSync(out, {recursive: true, force: true});
  const eleventy = build(bin('eleventy'), ['--quiet', `--output=${out}/eleventy`], {cwd: 'test/integrations/eleventy'});
  // As a Next site would: attune.js and the files beside it in public/.
  mkdirSync('test/integrations/next/public/attune', {recursive: true});
  cpSync('dist', 'test/integrations/next/public/attune', {recursive: true, filter: (path) => path === 'dist' || /^dist\/attune[^/]*\.(js|css)$/.test(path)});
  const next = build(bin('next'), ['build', 'test/integrations/next'], {env: {ATTUNE_NEXT_OUT: '../../../.test-results/integrations/next'}});
  console.log(`integrations: eleventy ${eleventy.seconds.toFixed(1)} s, next ${next.seconds.toFixed(0)} s`);
  const results = [];
  const check = (name, ok, detail = '') => results.push({name: `integrations: ${name}`, ok: Boolean(ok), detail: ok ? '' : detail});
  for (const [site, {ok, seconds, log}] of [['Eleventy 3', eleventy], ['Next.js 16', next]]) check(`${site} builds (${seconds.toFixed(1)} s)`, ok, log);
  for (const [site, pages] of Object.entries(sites)) {
    for (const [page, {heading, html: texts}] of Object.entries(pages)) {
      const html = existsSync(`${out}/${site}/${page}`) ? readFileSync(`${out}/${site}/${page}`, 'utf8') : '';
      const wanted = [/<template[^>]* shadowrootmode="open"/, `data-attune="${version}"`, escape(heading), ...texts];
      const missing = wanted.filter((w) => !(w instanceof RegExp ? w.test(html) : html.includes(w)));
      check(`${site} ${page} is pre-rendered: shadow roots, version marker, the widgets' texts and resolved links`, !missing.length, `missing: ${missing.join(' | ')}`);
    }
  }
  // In Chromium: every widget hydrates without a console message, and the checklist answers.
  for (const [site, pages] of Object.entries(sites)) {
    await withBrowser(
      async ({open}) => {
        for (const page of Object.keys(pages)) {
          const {page: tab, problems} = await open(`/${page.replace('index.html', '')}`);
          const seen = await tab
            .evaluate(async () => {
              for (let i = 0; i < 200 && document.querySelector('[defer-hydration]'); i++) await new Promise((r) => setTimeout(r, 25));
              const checklist = document.querySelector('attune-symptom-checklist');
              const progress = () => checklist.shadowRoot.querySelector('[part~="progress"]').textContent;
              const before = progress();
              checklist.shadowRoot.querySelector('input').click();
              await checklist.updateComplete;
              const heading = document.querySelector('attune-explainer').shadowRoot.querySelector('h2').textContent;
              return {waiting: document.querySelectorAll('[defer-hydration]').length, heading, before, after: progress()};
            })
            .catch((error) => ({error: error.message}));
          const ok = !seen.error && !seen.waiting && seen.heading === pages[page].heading && !problems.length;
          check(`${site} ${page} hydrates in Chromium, keeping its text, with no console message`, ok, JSON.stringify({...seen, problems}));
          check(`${site} ${page}: ticking a checklist box counts`, seen.before?.startsWith('0') && seen.after?.startsWith('1'), JSON.stringify(seen));
          await tab.close();
        }
      },
      {server: {root: `${out}/${site}`}},
    );
  }
  return results;
}

await runWhenMain(import.meta.url, () => checkIntegrations());
