import {expect, fixture, html} from '@open-wc/testing';
// Only the cards' own entry point: <attune-booking-cta> is not registered on this page.
import '../src/define/therapy-cards.js';
import type {AttuneTherapyCard} from '../src/index.js';

describe('<attune-therapy-cards> without <attune-booking-cta>', () => {
  it('asks about a therapy through a plain link carrying its id', async () => {
    expect(customElements.get('attune-booking-cta')).to.equal(undefined);
    const el = await fixture(html`<attune-therapy-cards therapies="eft" booking-url="https://example.com/book?type=intro#slots"></attune-therapy-cards>`);
    const card = el.shadowRoot!.querySelector('attune-therapy-card') as AttuneTherapyCard;
    await card.updateComplete;
    // The booking CTA (not registered here) holds a plain link, which is what shows.
    const link = card.shadowRoot!.querySelector('[part~="cta"] > a') as HTMLAnchorElement;
    expect(link.getBoundingClientRect().height).to.be.above(0);
    expect(link.href).to.equal('https://example.com/book?type=intro&therapy=eft#slots');
    expect(link.textContent!.trim()).to.equal('Ask about Emotion-focused therapy (EFT)');
    await expect(el).to.be.accessible();
  });
});
