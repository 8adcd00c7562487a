// Real clients: a React 19 page and a Vue 3 page (test/clients/*-app.*) bundled with esbuild from
// the built package (imported by its name) and opened in Chromium. Each must render every element,
// set attributes and properties, and receive the elements' events. Also type-checks
// test/clients/ as consumers would (HTMLElementTagNameMap; React, Preact, Vue, Svelte types).
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync} from 'node:fs';
import * as esbuild from 'esbuild';
import {withBrowser} from './harness.mjs';
import {runWhenMain} from './cli.mjs';

const clients = [
  ['React 19', 'react', 'test/clients/react-app.tsx'],
  ['Vue 3', 'vue', 'test/clients/vue-app.ts'],
];

// As a production build of each framework would have it.
const define = {'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false'};
const bundled = {bundle: true, format: 'esm', jsx: 'automatic', minify: true, logLevel: 'error', define};

export async function checkClients() {
  const results = [];
  const typed = spawnSync('npx', ['tsc', '-p', 'test/clients/tsconfig.json'], {encoding: 'utf8'});
  const typesName = 'TypeScript consumers type-check (tag name map; React, Preact, Vue and Svelte types; wrong values are errors)';
  results.push({name: `clients: ${typesName}`, ok: typed.status === 0, detail: `${typed.stdout}`.trim()});
  for (const [, id, entry] of clients) {
    mkdirSync(`.test-results/clients/${id}`, {recursive: true});
    await esbuild.build({...bundled, entryPoints: [entry], outfile: `.test-results/clients/${id}/app.js`});
    copyFileSync('test/clients/client.html', `.test-results/clients/${id}/index.html`);
  }
  await withBrowser(async ({open}) => {
    for (const [name, id] of clients) {
      const {page, problems} = await open(`/.test-results/clients/${id}/index.html`);
      const seen = await page.evaluate(async () => {
        const all = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('attune-'));
        const settle = () => Promise.all(all().map((el) => el.updateComplete)).then(() => new Promise((r) => setTimeout(r, 50)));
        await settle();
        const $ = (s) => document.querySelector(s);
        const explainer = $('attune-explainer');
        const cards = $('attune-therapy-cards');
        const card = $('attune-therapy-card');
        const checklist = $('attune-symptom-checklist');
        const cta = $('attune-booking-cta');
        const rendered = all().filter((el) => el.localName !== 'attune-provider').every((el) => el.shadowRoot?.querySelector('*'));
        const before = {
          rendered: rendered && all().length === 6,
          attribute: !!explainer.shadowRoot.querySelector('h3') && card.getAttribute('heading-level') === '4' && !!card.shadowRoot.querySelector('h4'),
          property: explainer.section === 'signs' && explainer.collapsible === true && card.expanded === true && card.shadowRoot.querySelector('details').open && cards.therapies === 'cbt,eft',
          provider: cards.shadowRoot.querySelector('attune-therapy-card').shadowRoot.querySelector('attune-booking-cta')?.getAttribute('href') === 'https://example.com/book',
        };
        explainer.shadowRoot.querySelector('[part~="toggle"]').click();
        const firstCard = cards.shadowRoot.querySelector('attune-therapy-card');
        firstCard.shadowRoot.querySelector('summary').click();
        checklist.shadowRoot.querySelector('[part~="show"]').click();
        cta.shadowRoot.querySelector('[part~="button"]').click();
        await new Promise((r) => setTimeout(r, 300));
        await settle();
        return {before, results: window.clientResults, expandedAfterEvent: explainer.expanded, location: location.pathname};
      });
      const r = seen.results ?? {};
      const checks = [
        ['renders every element (provider, explainer, cards and card, checklist, CTA)', seen.before.rendered],
        ['sets attributes (heading-level gives h3 / h4)', seen.before.attribute],
        ['sets properties (section, collapsible, expanded, therapies)', seen.before.property],
        ['its provider configures the widgets inside (booking URL)', seen.before.provider],
        [
          'receives attune-toggle from the explainer and from a card inside the group',
          JSON.stringify(r.toggles) === JSON.stringify(['section:signs:true', 'therapy:cbt:true']) && seen.expandedAfterEvent === true,
        ],
        ['receives attune-complete with only { mode, answered, total }', r.completed === JSON.stringify({mode: 'rate', answered: 0, total: 5})],
        ['receives attune-book and can cancel it (no navigation)', r.booked === 'https://example.com/book?therapy=eft&utm_source=' + id && seen.location.endsWith(`/${id}/index.html`)],
        ['no console error or warning', problems.length === 0],
      ];
      for (const [what, ok] of checks) results.push({name: `clients: ${name} page ${what}`, ok: !!ok, detail: ok ? '' : JSON.stringify({...seen, problems})});
      await page.close();
    }
  });
  return results;
}

await runWhenMain(import.meta.url, () => checkClients());
