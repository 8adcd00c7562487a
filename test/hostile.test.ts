import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {captureConsole, hostileValues} from './helpers.js';

// Every attribute of every element, each given every hostile value. Pass = no uncaught
// exception, no script runs, no markup is parsed from an attribute, nothing navigates.
const elements: Record<string, string[]> = {
  'attune-provider': ['booking-url', 'practice-name', 'locale', 'theme', 'region', 'topic'],
  'attune-explainer': ['section', 'topic', 'locale', 'theme', 'heading', 'heading-level', 'collapsible', 'expanded'],
  'attune-booking-cta': ['href', 'label', 'variant', 'target', 'therapy', 'utm-source', 'utm-medium', 'utm-campaign', 'practice-name', 'analytics', 'heading-level', 'locale', 'theme', 'topic'],
  'attune-therapy-cards': ['therapies', 'layout', 'heading', 'heading-level', 'booking-url', 'locale', 'theme', 'topic'],
  'attune-therapy-card': ['therapy', 'expanded', 'heading-level', 'booking-url', 'locale', 'theme', 'topic'],
  'attune-symptom-checklist': ['mode', 'name', 'required', 'heading', 'heading-level', 'booking-url', 'region', 'remember', 'locale', 'theme', 'topic'],
};

describe('every element survives hostile attribute values', () => {
  for (const [tag, attributes] of Object.entries(elements)) {
    it(`<${tag}>`, async () => {
      const log = captureConsole();
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(e.message);
      window.addEventListener('error', onError);
      const startUrl = location.href;
      try {
        for (const attribute of attributes) {
          // All values of one attribute side by side, each element wrapping an explainer.
          const wrapper = document.body.appendChild(document.createElement('div'));
          const made = hostileValues.map((value) => {
            const el = document.createElement(tag);
            el.setAttribute(attribute, value);
            el.append(document.createElement('attune-explainer'));
            wrapper.append(el);
            return el as HTMLElement & {updateComplete: Promise<unknown>};
          });
          const before = log.all.length;
          await Promise.all(made.map((el) => el.updateComplete));
          // Nested elements (a group's cards) render a moment later; let them speak too.
          await new Promise((resolve) => setTimeout(resolve, 0));
          // Each bad value gives at most one message (a good one, none).
          const said = log.all.slice(before);
          for (const value of hostileValues) {
            const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
            const about = said.filter((m) => m.includes(`> ${attribute}="${shown}": `));
            expect(about.length, `${tag} ${attribute}="${shown.slice(0, 20)}": ${about.join(' | ')}`).to.be.at.most(1);
          }
          const shadows = [...wrapper.querySelectorAll('*')].map((x) => x.shadowRoot).filter(Boolean) as ShadowRoot[];
          expect(shadows.length, attribute).to.be.at.least(hostileValues.length);
          for (const root of shadows) expect(root.querySelector('img, script'), attribute).to.equal(null);
          wrapper.remove();
        }
      } finally {
        window.removeEventListener('error', onError);
        log.restore();
      }
      expect(uncaught).to.deep.equal([]);
      expect(window.__attunePwned).to.equal(undefined);
      expect(location.href).to.equal(startUrl);
      // Every message names the element and the attribute it is about.
      for (const message of log.all) expect(message).to.match(/^\[attune\] <attune-[a-z-]+> [a-z-]+="/);
    });
  }

  it('renders a markup heading as text', async () => {
    const el = await fixture(html`<attune-explainer heading=${hostileValues[0]}></attune-explainer>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('<img src=x');
  });
});
