import {expect} from '@open-wc/testing';
import '../src/index.js';
import {captureConsole} from './helpers.js';

// Frameworks (React 19, Vue, Svelte, Angular) set properties, not attributes, and pass whatever
// the page's code holds. Every public property of every element gets each value below, before the
// element is connected and after: no exception, at most one console message per value.
type Reactive = HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void} & Record<string, unknown>;
type LitClass = CustomElementConstructor & {elementProperties: Map<string, {state?: boolean}>};

const values: Array<[string, () => unknown]> = [
  ['a number', () => 42],
  ['a boolean', () => true],
  ['false', () => false],
  ['an array', () => ['cbt', 'eft']],
  ['an object', () => ({toString: 7, valueOf: 'x'})],
  ['a URL object', () => new URL('https://example.com/book?from=url')],
  ['null', () => null],
  ['undefined', () => undefined],
  ['a 100 KB string', () => 'x'.repeat(100_000)],
  ['a symbol', () => Symbol('odd')],
];

const tags = ['attune-provider', 'attune-explainer', 'attune-symptom-checklist', 'attune-booking-cta', 'attune-therapy-cards', 'attune-therapy-card'];

/** The element's public reactive properties, read from Lit's own declaration (internal state excluded). */
const publicProperties = (tag: string) =>
  [...(customElements.get(tag) as LitClass).elementProperties].filter(([, options]) => !options.state).map(([name]) => name);

const settle = async (el: Reactive) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
};

describe('every public property accepts what a framework passes', () => {
  let uncaught: unknown[];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  beforeEach(() => {
    uncaught = [];
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  it('finds the public properties of every element', () => {
    for (const tag of tags) expect(publicProperties(tag).length, tag).to.be.at.least(3);
    expect(publicProperties('attune-booking-cta')).to.include.members(['href', 'label', 'variant', 'headingLevel', 'theme']);
    expect(publicProperties('attune-symptom-checklist')).not.to.include.members(['answers', 'shown']);
  });

  for (const tag of tags) {
    it(`<${tag}>: every property, every value, before and after connection`, async () => {
      const log = captureConsole();
      const problems: string[] = [];
      try {
        // What the element says with no property set (a bare card has no name): not about the value.
        const bare = document.createElement(tag) as Reactive;
        document.body.append(bare);
        await settle(bare);
        bare.remove();
        const baseline = new Set(log.all.splice(0).map((m) => m.replace(/<[a-z-]+> /, '')));
        for (const property of publicProperties(tag)) {
          for (const [label, make] of values) {
            for (const when of ['before', 'after']) {
              const el = document.createElement(tag) as Reactive;
              el.append(document.createElement('attune-explainer'));
              const before = log.all.length;
              const thrown: unknown[] = [];
              const set = () => {
                try {
                  el[property] = make();
                } catch (error) {
                  thrown.push(error);
                }
              };
              if (when === 'before') set();
              document.body.append(el);
              await settle(el);
              if (when === 'after') {
                set();
                await settle(el);
              }
              // Reading the property back never throws either, and rendering went on.
              void el[property];
              const said = log.all.slice(before).filter((m) => !baseline.has(m.replace(/<[a-z-]+> /, '')));
              const where = `${tag}.${property} = ${label} (${when} connection)`;
              if (thrown.length) problems.push(`${where}: threw ${thrown.map(String).join('; ')}`);
              if (uncaught.length) problems.push(`${where}: uncaught ${uncaught.splice(0).join('; ')}`);
              if (said.length > 1) problems.push(`${where}: ${said.length} messages: ${said.join(' | ')}`);
              if (!el.shadowRoot?.childNodes.length) problems.push(`${where}: rendered nothing`);
              for (const message of said) if (!/^\[attune\] <attune-[a-z-]+> /.test(message)) problems.push(`${where}: unnamed message ${message}`);
              el.remove();
            }
          }
        }
      } finally {
        log.restore();
      }
      expect(problems, problems.slice(0, 8).join('\n')).to.deep.equal([]);
    });
  }

  it('takes a URL object as a URL, a number as text and an array as a list', async () => {
    const cta = document.createElement('attune-booking-cta') as unknown as Reactive;
    cta.href = new URL('https://example.com/book');
    cta.label = 2026;
    document.body.append(cta);
    await settle(cta);
    const button = cta.shadowRoot!.querySelector('[part~="button"]')!;
    expect(button.getAttribute('href')).to.equal('https://example.com/book');
    expect(button.textContent!.trim()).to.equal('2026');
    const cards = document.createElement('attune-therapy-cards') as unknown as Reactive;
    cards.therapies = ['eft', 'cbt'];
    document.body.append(cards);
    await settle(cards);
    const shown = [...cards.shadowRoot!.querySelectorAll('attune-therapy-card')].map((card) => card.getAttribute('therapy'));
    expect(shown).to.deep.equal(['eft', 'cbt']);
    const explainer = document.createElement('attune-explainer') as unknown as Reactive;
    explainer.headingLevel = '4';
    document.body.append(explainer);
    await settle(explainer);
    expect(explainer.shadowRoot!.querySelector('h4')).to.not.equal(null);
    for (const el of [cta, cards, explainer]) el.remove();
  });

  it('names the property when a value cannot be used, once', async () => {
    const log = captureConsole();
    try {
      const el = document.createElement('attune-explainer') as unknown as Reactive;
      el.heading = {text: 'x'};
      document.body.append(el);
      await settle(el);
      el.requestUpdate();
      await settle(el);
      expect(log.all).to.deep.equal(['[attune] <attune-explainer> heading="[object Object]": expected text, a number or a URL; ignored.']);
      el.remove();
    } finally {
      log.restore();
    }
  });
});
