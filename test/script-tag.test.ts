import {expect} from '@open-wc/testing';
import {openFixture} from './helpers.js';

// The built script-tag files as a site owner pastes them, in every engine.
const text = (root: ParentNode | null | undefined, selector: string) => root?.querySelector(selector)?.textContent?.trim();

describe('script-tag files', () => {
  it('the classic script in <head> still reads children parsed after it, and sets window.Attune', async () => {
    const {win, doc, probe, remove} = await openFixture('/test/fixtures/classic-head.html');
    try {
      const labels = [...doc.querySelector('attune-symptom-checklist')!.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
      expect(labels).to.deep.equal(['Statement one', 'Statement two']);
      const link = doc.querySelector('attune-booking-cta')!.shadowRoot!.querySelector('[part~="button"]')!;
      expect(`${link.getAttribute('href')} ${link.textContent!.trim()}`).to.equal('https://example.com/book Book a first chat');
      expect(typeof win.Attune?.registerPack).to.equal('function');
      expect([...probe.console, ...probe.errors]).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('attune.es.js on a lang="es" page renders every widget in Spanish', async () => {
    const {doc, probe, remove} = await openFixture('/test/fixtures/es.html');
    try {
      const headings = ['attune-explainer', 'attune-symptom-checklist', 'attune-therapy-cards', 'attune-booking-cta'].map((tag) => text(doc.querySelector(tag)?.shadowRoot, 'h1,h2,h3,h4,h5,h6'));
      expect(headings).to.deep.equal(['¿Qué es el apego ansioso?', 'Una reflexión privada', 'Terapias que pueden ayudar', 'Habla con una persona terapeuta']);
      expect([...probe.console, ...probe.errors]).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('two copies on one page: no error, and one copy’s provider configures the other’s widgets', async () => {
    const {doc, probe, remove} = await openFixture('/test/fixtures/two-copies.html');
    try {
      const checklist = doc.querySelector('attune-symptom-checklist') as HTMLElement & {updateComplete: Promise<unknown>};
      checklist.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show"]')!.click();
      await checklist.updateComplete;
      expect(text(doc.querySelector('attune-explainer')!.shadowRoot, 'h2')).to.equal('¿Qué es el apego ansioso?');
      expect(text(checklist.shadowRoot, '[part~="crisis"]')).to.contain('800 911 2000');
      expect([...probe.console, ...probe.errors]).to.deep.equal([]);
    } finally {
      remove();
    }
  });
});
