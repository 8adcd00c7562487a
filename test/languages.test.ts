import {expect} from '@open-wc/testing';
import {closeFixtures, openFixture} from './helpers.js';

// Languages on demand with the ordinary script tags (the built files): the Spanish pack is loaded
// from beside attune.js when a page or widget asks for Spanish, once, and never on English pages.
const heading = (el: Element | null) => el?.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6')?.textContent?.trim();
const packRequests = (win: Window) => win.performance.getEntriesByType('resource').filter((r) => /anxious-attachment\.es/.test(r.name)).length;

describe('languages on demand', () => {
  afterEach(closeFixtures);

  it('a page with lang="es" shows Spanish, loading the pack once', async () => {
    const {win, doc, probe} = await openFixture('/test/fixtures/lang-es.html');
    expect(heading(doc.querySelector('attune-explainer'))).to.equal('¿Qué es el apego ansioso?');
    expect(heading(doc.querySelector('attune-symptom-checklist'))).to.equal('Una reflexión privada');
    expect(packRequests(win)).to.equal(1);
    expect([...probe.console, ...probe.errors]).to.deep.equal([]);
  });

  it('locale="es" on one widget: that one in Spanish, the others in English', async () => {
    const {win, doc, probe} = await openFixture('/test/fixtures/locale-es.html');
    expect(heading(doc.querySelector('#es'))).to.equal('¿Qué es el apego ansioso?');
    expect(heading(doc.querySelector('#en'))).to.equal('What is anxious attachment?');
    expect(packRequests(win)).to.equal(1);
    expect([...probe.console, ...probe.errors]).to.deep.equal([]);
  });

  it('a provider with locale="es", by the classic script', async () => {
    const {win, doc, probe} = await openFixture('/test/fixtures/provider-es.html');
    expect(heading(doc.querySelector('attune-explainer'))).to.equal('¿Qué es el apego ansioso?');
    expect(packRequests(win)).to.equal(1);
    expect([...probe.console, ...probe.errors]).to.deep.equal([]);
  });

  it('an English page asks for no pack at all', async () => {
    const {win, doc, probe} = await openFixture('/test/fixtures/english.html');
    expect(heading(doc.querySelector('attune-explainer'))).to.equal('What is anxious attachment?');
    const files = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.startsWith('/dist/'));
    // (attune.js and the widgets it loads for the page's element; no pack.)
    expect(files).to.deep.equal(['/dist/attune.js', '/dist/attune-widgets.js']);
    expect([...probe.console, ...probe.errors]).to.deep.equal([]);
  });

  it('a pack that fails to load leaves English, with one console error naming the file', async () => {
    const {doc, probe} = await openFixture('/test/fixtures/missing-pack.html');
    expect(heading(doc.querySelector('attune-explainer'))).to.equal('What is anxious attachment?');
    expect(probe.errors).to.deep.equal([]);
    const ours = probe.console.filter((m) => m.includes('[attune]'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.match(/^error: \[attune\] could not load the "es" content pack \(attune-anxious-attachment\.es\.js, beside attune\.js\); showing English\./);
  });

  it('the classic API takes a pack before attune.js has arrived, and the widgets show it', async () => {
    const {win, doc, probe} = await openFixture('/test/fixtures/classic-queue.html');
    expect((win as unknown as {__queued: unknown}).__queued).to.equal(true);
    expect(heading(doc.querySelector('attune-explainer'))).to.equal('In our own words');
    const ours = probe.console.filter((m) => m.includes('[attune]'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.match(/^warn: \[attune\] registerPack\(\): pack "anxious-attachment\/en": missing or invalid title/);
    expect(probe.errors).to.deep.equal([]);
  });

  it('the therapy cards load with the first card a page shows, also one added later', async () => {
    const {win, doc, probe} = await openFixture('/test/fixtures/english.html');
    const loaded = () => win.performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/dist/attune-therapy.js')).length;
    expect(loaded()).to.equal(0);
    doc.body.insertAdjacentHTML('beforeend', '<div><attune-therapy-cards therapies="cbt"></attune-therapy-cards></div>');
    await win.customElements.whenDefined('attune-therapy-cards');
    const cards = doc.querySelector('attune-therapy-cards') as HTMLElement & {updateComplete: Promise<unknown>};
    await cards.updateComplete;
    expect(heading(cards)).to.equal('Therapies that can help');
    expect(loaded()).to.equal(1);
    expect([...probe.console, ...probe.errors]).to.deep.equal([]);
  });
});
