import {expect, waitUntil} from '@open-wc/testing';
import {addFrame, attuneElements, closeFixtures, whenRendered, type Probe} from './helpers.js';

// Real clients, in every engine: a React 19 page and a Vue 3 page (test/clients/*-app.*), bundled by
// esbuild from the built package imported by its name, as a production build of each framework
// would (/clients/<id>/, web-test-runner.config.mjs; `npm test` builds first, alone run
// `npm run build`). Each renders every element, sets attributes and properties, and receives the
// elements' events. (npm test also type-checks test/clients/ as consumers would.)

type Win = Window & typeof globalThis & {__probe: Probe; clientResults?: {toggles?: string[]; completed?: string; booked?: string}};

for (const [name, id] of [
  ['React 19', 'react'],
  ['Vue 3', 'vue'],
]) {
  describe(`a ${name} page`, function () {
    this.timeout(20_000);
    let win: Win;
    let doc: Document;
    const $ = <T extends Element = HTMLElement & Record<string, unknown>>(selector: string) => doc.querySelector(selector) as unknown as T;
    const inside = (host: Element, selector: string) => host.shadowRoot!.querySelector(selector) as HTMLElement;

    before(async () => {
      const {frame, loaded} = addFrame({src: `/clients/${id}/index.html`}, 'width:1000px;height:800px;border:0');
      await loaded;
      win = frame.contentWindow as Win;
      doc = win.document;
      await waitUntil(() => attuneElements(doc).length >= 6, 'the framework rendered its elements', {timeout: 10_000});
      await whenRendered(win);
    });
    after(closeFixtures);

    it('renders every element (provider, explainer, cards and card, checklist, CTA)', () => {
      const own = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('attune-'));
      expect(own.map((el) => el.localName)).to.deep.equal(['attune-provider', 'attune-explainer', 'attune-therapy-cards', 'attune-therapy-card', 'attune-symptom-checklist', 'attune-booking-cta']);
      for (const el of own.slice(1)) expect(el.shadowRoot?.querySelector('*'), `<${el.localName}> rendered`).to.exist;
    });

    it('sets attributes (heading-level gives h3 and h4)', () => {
      expect(inside($('attune-explainer'), 'h3')).to.exist;
      expect($('attune-therapy-card').getAttribute('heading-level')).to.equal('4');
      expect(inside($('attune-therapy-card'), 'h4')).to.exist;
    });

    it('sets properties (section, collapsible, expanded, therapies)', () => {
      expect($('attune-explainer').section).to.equal('signs');
      expect($('attune-explainer').collapsible).to.equal(true);
      expect($('attune-therapy-card').expanded).to.equal(true);
      expect(inside($('attune-therapy-card'), 'details')).to.have.property('open', true);
      expect($('attune-therapy-cards').therapies).to.equal('cbt,eft');
    });

    it('its provider configures the widgets inside (booking URL)', () => {
      const card = inside($('attune-therapy-cards'), 'attune-therapy-card');
      expect(inside(card, 'attune-booking-cta').getAttribute('href')).to.equal('https://example.com/book');
    });

    it('receives attune-toggle from the explainer and from a card inside the group, and sets expanded from it', async () => {
      inside($('attune-explainer'), '[part~="toggle"]').click();
      inside(inside($('attune-therapy-cards'), 'attune-therapy-card'), 'summary').click();
      await waitUntil(() => win.clientResults?.toggles?.length === 2, 'two toggles received');
      await whenRendered(win);
      expect(win.clientResults!.toggles).to.deep.equal(['section:signs:true', 'therapy:cbt:true']);
      expect($('attune-explainer').expanded).to.equal(true);
    });

    it('receives attune-complete with only {mode, answered, total}', async () => {
      inside($('attune-symptom-checklist'), '[part~="show"]').click();
      await waitUntil(() => win.clientResults?.completed, 'attune-complete received');
      expect(JSON.parse(win.clientResults!.completed!)).to.deep.equal({mode: 'rate', answered: 0, total: 5});
    });

    it('receives attune-book and can cancel it: no navigation', async () => {
      inside($('attune-booking-cta'), '[part~="button"]').click();
      await waitUntil(() => win.clientResults?.booked, 'attune-book received');
      expect(win.clientResults!.booked).to.equal(`https://example.com/book?therapy=eft&utm_source=${id}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(win.location.pathname).to.equal(`/clients/${id}/index.html`);
    });

    it('no console message, no uncaught error, no failed load; no toggle but the two', () => {
      expect(win.clientResults!.toggles).to.deep.equal(['section:signs:true', 'therapy:cbt:true']);
      expect([...win.__probe.console, ...win.__probe.errors, ...win.__probe.failed]).to.deep.equal([]);
    });
  });
}
