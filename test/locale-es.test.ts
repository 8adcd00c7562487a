import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import '../src/locales/es.js';
import {anxiousAttachmentEn as en, anxiousAttachmentEs as es, registerPack, type AttuneSymptomChecklist} from '../src/index.js';
import {captureConsole, languageOf} from './helpers.js';

const textOf = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

describe('Spanish (es)', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('is a complete pack: registering it reports nothing missing', () => {
    expect(registerPack(structuredClone(es))).to.equal(true);
    expect(log.all).to.deep.equal([]);
  });

  it('keeps the English ids, so answers, therapies and sections line up across languages', () => {
    for (const section of ['signs', 'origins', 'therapies', 'benefits'] as const) {
      expect(es.sections[section].items!.map((i) => i.id), section).to.deep.equal(en.sections[section].items!.map((i) => i.id));
    }
  });

  it('renders every element in Spanish, with lang="es", and passes axe', async () => {
    const wrapper = await fixture(html`<attune-provider locale="es" booking-url="https://example.com/reservar" region="MX">
      <attune-explainer section="signs"></attune-explainer>
      <attune-symptom-checklist mode="rate"></attune-symptom-checklist>
      <attune-booking-cta variant="banner"></attune-booking-cta>
    </attune-provider>`);
    const explainer = wrapper.querySelector('attune-explainer')!;
    const checklist = wrapper.querySelector('attune-symptom-checklist') as AttuneSymptomChecklist;
    const cta = wrapper.querySelector('attune-booking-cta')!;
    expect(textOf(explainer, 'h2')).to.equal(es.sections.signs.heading);
    expect(textOf(checklist, 'h2')).to.equal(es.checklist.heading);
    expect(textOf(checklist, 'fieldset > legend')).to.equal(es.checklist.rateLegend);
    expect(textOf(cta, 'h2')).to.equal(es.booking.heading);
    expect(textOf(cta, '[part~="button"]')).to.equal(es.booking.label);
    for (const el of [explainer, checklist]) expect(languageOf(el.shadowRoot!.querySelector('[part~="base"]')!)).to.equal('es');
    expect(languageOf(cta.shadowRoot!.querySelector('[part~="banner"]')!)).to.equal('es');
    checklist.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show"]')!.click();
    await checklist.updateComplete;
    const crisis = textOf(checklist, '[part~="crisis"]');
    expect(crisis).to.contain('800 911 2000').and.to.contain('911');
    expect(textOf(checklist, '[part~="result"]')).to.contain('no es un diagnóstico');
    await expect(wrapper).to.be.accessible();
    expect(log.all).to.deep.equal([]);
  });

  it('follows the page language, and gives Spain and the US their lines', async () => {
    const wrapper = await fixture(html`<div lang="es-ES"><attune-symptom-checklist></attune-symptom-checklist></div>`);
    const checklist = wrapper.querySelector('attune-symptom-checklist') as AttuneSymptomChecklist;
    expect(textOf(checklist, 'h2')).to.equal(es.checklist.heading);
    checklist.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show"]')!.click();
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelector('[part~="crisis"] a')!.getAttribute('href')).to.equal('tel:024');
    checklist.region = 'US';
    await checklist.updateComplete;
    expect(textOf(checklist, '[part~="crisis"]')).to.contain('marca 2 para español');
  });

  it('falls back to English, with one console warning, for texts a pack leaves out', async () => {
    const partial = structuredClone(es) as unknown as {locale: string; booking: Record<string, string>};
    partial.locale = 'es-x-partial';
    delete partial.booking.close;
    registerPack(partial);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.contain('booking.close');
    expect(log.errors).to.deep.equal([]);
  });
});
