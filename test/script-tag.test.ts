import {expect, waitUntil} from '@open-wc/testing';
import {closeFixtures, openFixture} from './helpers.js';
import {anxiousAttachmentEn} from '../src/content/index.js';

// The built script-tag files as a site owner pastes them, in every engine.
const text = (root: ParentNode | null | undefined, selector: string) => root?.querySelector(selector)?.textContent?.trim();

describe('script-tag files', () => {
  afterEach(closeFixtures);

  type Loader = {registerPack: (pack: unknown) => boolean; loadWidgets: () => Promise<void>};
  const fetched = (win: Window) => win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.startsWith('/dist/'));

  it('attune.js on a page without a widget fetches nothing more; the widgets load when one is added, after the packs given before', async () => {
    const {win, doc, probe} = await openFixture('/test/fixtures/no-widget.html');
    const attune = (win as unknown as {__attune: Loader}).__attune;
    expect(fetched(win)).to.deep.equal(['/dist/attune.js']);
    expect(win.customElements.get('attune-explainer')).to.equal(undefined);
    const ours = structuredClone(anxiousAttachmentEn);
    ours.sections['what-is'].heading = 'In our own words';
    expect(attune.registerPack(ours), 'queued').to.equal(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(fetched(win), 'a pack alone loads nothing').to.deep.equal(['/dist/attune.js']);
    const box = doc.createElement('div');
    box.innerHTML = '<attune-explainer section="what-is"></attune-explainer>';
    doc.body.append(box);
    await win.customElements.whenDefined('attune-explainer');
    const explainer = box.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
    await waitUntil(() => text(explainer.shadowRoot, 'h2') === 'In our own words', 'the explainer shows the pack registered before the widgets loaded', {interval: 25});
    // (and the checks of the site's pack, which load with it)
    expect(fetched(win)).to.deep.equal(['/dist/attune.js', '/dist/attune-widgets.js', '/dist/attune-check.js']);
    expect([...probe.console, ...probe.errors]).to.deep.equal([]);
  });

  it('loadWidgets() registers every element at once, for widgets made where the page cannot see (another shadow root)', async () => {
    const {win, doc, probe} = await openFixture('/test/fixtures/no-widget.html');
    const host = doc.querySelector('other-element')!;
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML = '<attune-booking-cta href="https://example.com/book"></attune-booking-cta>';
    await (win as unknown as {__attune: Loader}).__attune.loadWidgets();
    expect(['attune-provider', 'attune-explainer', 'attune-symptom-checklist', 'attune-booking-cta'].map((tag) => !!win.customElements.get(tag))).to.deep.equal([true, true, true, true]);
    const cta = root.querySelector('attune-booking-cta') as HTMLElement & {updateComplete: Promise<unknown>};
    await cta.updateComplete;
    expect(cta.shadowRoot!.querySelector('[part~="button"]')!.getAttribute('href')).to.equal('https://example.com/book');
    // A card: attune-therapy.js brings it and the longer texts attune-widgets.js leaves out.
    doc.body.insertAdjacentHTML('beforeend', '<attune-therapy-card therapy="cbt"></attune-therapy-card>');
    await win.customElements.whenDefined('attune-therapy-card');
    const card = doc.body.lastElementChild as HTMLElement & {updateComplete: Promise<unknown>};
    await card.updateComplete;
    const cbt = anxiousAttachmentEn.sections.therapies.items!.find((item) => item.id === 'cbt')!;
    expect([...card.shadowRoot!.querySelectorAll('dd')].map((dd) => dd.textContent!.trim())).to.deep.equal([cbt.session, cbt.helps]);
    expect([...probe.console, ...probe.errors]).to.deep.equal([]);
  });

  it('when attune-widgets.js cannot load, one console error names it and nothing throws', async () => {
    const {win, probe} = await openFixture('/test/fixtures/missing-widgets.html');
    await waitUntil(() => probe.console.length, 'a console message', {interval: 25});
    expect(win.customElements.get('attune-explainer')).to.equal(undefined);
    expect(probe.console).to.have.length(1);
    expect(probe.console[0]).to.match(/^error: \[attune\] could not load attune-widgets\.js \(beside attune\.js\)/);
    expect(probe.errors).to.deep.equal([]);
  });

  it('the classic script in <head> still reads children parsed after it, and sets window.Attune', async () => {
    const {win, doc, probe} = await openFixture('/test/fixtures/classic-head.html');
    const labels = [...doc.querySelector('attune-symptom-checklist')!.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Statement one', 'Statement two']);
    const link = doc.querySelector('attune-booking-cta')!.shadowRoot!.querySelector('[part~="button"]')!;
    expect(`${link.getAttribute('href')} ${link.textContent!.trim()}`).to.equal('https://example.com/book Book a first chat');
    expect(typeof win.Attune?.registerPack).to.equal('function');
    expect([...probe.console, ...probe.errors]).to.deep.equal([]);
  });

  it('attune.es.js on a lang="es" page renders every widget in Spanish', async () => {
    const {doc, probe} = await openFixture('/test/fixtures/es.html');
    const headings = ['attune-explainer', 'attune-symptom-checklist', 'attune-therapy-cards', 'attune-booking-cta'].map((tag) => text(doc.querySelector(tag)?.shadowRoot, 'h1,h2,h3,h4,h5,h6'));
    expect(headings).to.deep.equal(['¿Qué es el apego ansioso?', 'Una reflexión privada', 'Terapias que pueden ayudar', 'Habla con una persona terapeuta']);
    expect([...probe.console, ...probe.errors]).to.deep.equal([]);
  });

  it('two copies on one page: no error, and one copy’s provider configures the other’s widgets', async () => {
    const {doc, probe} = await openFixture('/test/fixtures/two-copies.html');
    const checklist = doc.querySelector('attune-symptom-checklist') as HTMLElement & {updateComplete: Promise<unknown>};
    checklist.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show"]')!.click();
    await checklist.updateComplete;
    expect(text(doc.querySelector('attune-explainer')!.shadowRoot, 'h2')).to.equal('¿Qué es el apego ansioso?');
    expect(text(checklist.shadowRoot, '[part~="crisis"]')).to.contain('800 911 2000');
    expect([...probe.console, ...probe.errors]).to.deep.equal([]);
  });
});
