import {expect, fixture, html} from '@open-wc/testing';
// Only the checklist's own entry point: <attune-booking-cta> is not registered on this page.
import '../src/define/symptom-checklist.js';
import type {AttuneSymptomChecklist} from '../src/index.js';

describe('<attune-symptom-checklist> without <attune-booking-cta>', () => {
  it('links to the booking page with a plain link', async () => {
    expect(customElements.get('attune-booking-cta')).to.equal(undefined);
    const el = await fixture<AttuneSymptomChecklist>(html`<attune-symptom-checklist booking-url="https://example.com/book"></attune-symptom-checklist>`);
    (el.shadowRoot!.querySelector('[part~="show"]') as HTMLButtonElement).click();
    await el.updateComplete;
    // The booking CTA (not registered here) holds a plain link, which is what shows.
    const link = el.shadowRoot!.querySelector('[part~="book"] > a') as HTMLAnchorElement;
    expect(link.getBoundingClientRect().height).to.be.above(0);
    expect(link.href).to.equal('https://example.com/book');
    expect(link.textContent!.trim()).to.equal('Book a trial session');
    await expect(el).to.be.accessible();
  });
});
