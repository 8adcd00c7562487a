import {expect} from '@open-wc/testing';
import {closeFixtures, openFixture as open} from './helpers.js';

// The built script-tag files under a Content-Security-Policy with Trusted Types (the pages set it
// with a <meta> tag). `npm test` builds them first; alone, run `npm run build` before this file.
describe('Trusted Types', () => {
  afterEach(closeFixtures);

  it('two copies of Attune share the one "lit-html" policy: no allow-duplicates needed', async () => {
    const {win, doc, probe} = await open('/test/fixtures/tt-two-copies.html');
    expect(probe.errors).to.deep.equal([]);
    expect(probe.violations).to.deep.equal([]);
    expect(probe.console).to.deep.equal([]);
    // The provider is the first copy's, the widgets the second's; both render and share configuration.
    for (const tag of ['attune-provider', 'attune-explainer', 'attune-booking-cta']) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    expect(doc.querySelector('attune-explainer')!.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.not.equal('');
    expect(doc.querySelector('attune-booking-cta')!.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/book');
  });

  it('a policy that refuses Lit gives one console error naming the directive; the fallback link stays', async () => {
    const {win, doc, probe} = await open('/test/fixtures/tt-refused.html');
    expect(probe.errors, 'no uncaught error').to.deep.equal([]);
    const ours = probe.console.filter((m) => m.includes('[attune]'));
    if ('trustedTypes' in win) {
      expect(ours).to.have.length(1);
      expect(ours[0]).to.match(/^error: \[attune\] Trusted Types: .*trusted-types lit-html/);
      expect(win.customElements.get('attune-booking-cta')).to.equal(undefined);
    } else {
      // An engine without Trusted Types ignores the directive: the widgets simply work.
      expect(ours).to.deep.equal([]);
    }
    const link = doc.querySelector('attune-booking-cta a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.com/book');
    if (!win.customElements.get('attune-booking-cta')) expect(link.getBoundingClientRect().height).to.be.above(0);
  });
});
