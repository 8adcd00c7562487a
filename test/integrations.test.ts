import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {anxiousAttachmentEn as en} from '../src/content/anxious-attachment.en.js';
import {anxiousAttachmentEs as es} from '../src/content/anxious-attachment.es.js';
import {addFrame, closeFixtures, type Probe} from './helpers.js';

// Server rendering in two real site builds, each importing attune-widgets/ssr by its name: an
// Eleventy 3 site whose transform calls renderToString (test/integrations/eleventy/) and a Next.js 16
// static export whose server component does (test/integrations/next/). The server command
// `build-site` builds each once a run from the built package (`npm test` builds it first; alone, run
// `npm run build`), and /sites/<site>/ serves what it wrote (web-test-runner.config.mjs). The HTML
// files must hold the widgets' text before any script; then, in every engine, each page hydrates
// without a message and its checklist answers.

type Win = Window & typeof globalThis & {__probe: Probe};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const {version} = await fetch('/package.json').then((r) => r.json());

// Each page: its explainer's heading, and what else its HTML must hold before any script runs (a
// checklist statement, the CTA's link resolved against the page, the page's language).
const english = {heading: en.sections['what-is'].heading, html: [escape(en.sections.signs.items![0].title), 'href="https://calm-harbour.example/book"']};
const sites = [
  {name: 'Eleventy 3', id: 'eleventy', pages: {'index.html': english, 'es/index.html': {heading: es.sections['what-is'].heading, html: [escape(es.sections.signs.items![0].title), 'lang="es"']}}},
  {name: 'Next.js 16', id: 'next', pages: {'index.html': english}},
];

for (const {name, id, pages} of sites) {
  describe(`a ${name} site`, function () {
    this.timeout(20_000);
    let build: {ok: boolean; seconds: number; log: string};
    before(async function () {
      // Next's build takes a minute on a loaded two-core machine.
      this.timeout(300_000);
      build = await executeServerCommand('build-site', {site: id});
    });
    afterEach(closeFixtures);

    it('builds', () => expect(build.ok, build.log).to.equal(true));

    for (const [page, {heading, html: texts}] of Object.entries(pages)) {
      it(`${page} is pre-rendered: shadow roots, version marker, the widgets' texts and resolved links`, async () => {
        const html = await fetch(`/sites/${id}/${page}`).then((r) => (r.ok ? r.text() : ''));
        const wanted = [/<template[^>]* shadowrootmode="open"/, `data-attune="${version}"`, escape(heading), ...texts];
        expect(wanted.filter((w) => !(w instanceof RegExp ? w.test(html) : html.includes(w))).map(String)).to.deep.equal([]);
      });

      it(`${page} hydrates, keeping its text, with no console message; ticking a checklist box counts`, async () => {
        const {frame, loaded} = addFrame({src: `/sites/${id}/${page}`}, 'width:1000px;height:800px;border:0');
        await loaded;
        const win = frame.contentWindow as Win;
        const doc = win.document;
        // Widgets hydrate lazily (in view, reached, or idle).
        await waitUntil(() => !doc.querySelector('[defer-hydration]'), 'every widget hydrates', {interval: 25, timeout: 10_000});
        const checklist = doc.querySelector('attune-symptom-checklist') as HTMLElement & {updateComplete: Promise<unknown>};
        const progress = () => checklist.shadowRoot!.querySelector('[part~="progress"]')!.textContent!;
        expect(progress()).to.match(/^0/);
        checklist.shadowRoot!.querySelector('input')!.click();
        await checklist.updateComplete;
        expect(progress()).to.match(/^1/);
        expect(doc.querySelector('attune-explainer')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(heading);
        expect([...win.__probe.console, ...win.__probe.errors, ...win.__probe.failed]).to.deep.equal([]);
      });
    }
  });
}
