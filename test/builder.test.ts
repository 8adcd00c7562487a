import {expect} from '@open-wc/testing';
import {hostileValues} from './helpers.js';

// The snippet builder (demo/builder.html) in a same-origin frame, as a site owner uses it.
type Win = Window & typeof globalThis;

async function openBuilder(hash = '', width = 1100) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:800px;border:0`;
  frame.src = `/demo/builder.html${hash}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Win;
  const doc = win.document;
  for (let i = 0; i < 200 && !doc.documentElement.hasAttribute('data-ready'); i++) await new Promise((r) => setTimeout(r, 25));
  expect(doc.documentElement.hasAttribute('data-ready'), 'builder ready').to.equal(true);
  const q = <T extends Element>(selector: string) => doc.querySelector(selector) as T;
  return {
    frame,
    win,
    doc,
    snippet: () => q<HTMLTextAreaElement>('#snippet').value,
    /** The widget in the preview (inside the provider when there is one). */
    widget: () => q<HTMLElement>('#preview *:not(attune-provider)'),
    control: <T extends HTMLElement>(tag: string, name: string) => doc.getElementById(`${tag}--${name}`) as T,
    remove: () => frame.remove(),
  };
}

/** Types into a text control or picks an option, as a visitor would, firing the same events. */
function setValue(control: HTMLInputElement | HTMLSelectElement, value: string | boolean) {
  if (typeof value === 'boolean') {
    (control as HTMLInputElement).checked = value;
    control.dispatchEvent(new Event('change', {bubbles: true}));
    return;
  }
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', {bubbles: true}));
}

function pick(doc: Document, tag: string) {
  const radio = doc.querySelector(`input[name="widget"][value="${tag}"]`) as HTMLInputElement;
  radio.checked = true;
  radio.dispatchEvent(new Event('change', {bubbles: true}));
}

describe('snippet builder (demo/builder.html)', () => {
  it('offers every widget, with controls made from custom-elements.json', async () => {
    const b = await openBuilder();
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: {declarations?: unknown[]}) => m.declarations ?? []);
    for (const tag of ['attune-symptom-checklist', 'attune-therapy-cards', 'attune-booking-cta', 'attune-explainer']) {
      pick(b.doc, tag);
      expect(b.widget().localName, tag).to.equal(tag);
      const attributes = declarations.find((d: {tagName?: string}) => d.tagName === tag).attributes.map((a: {name: string}) => a.name);
      expect(attributes.length).to.be.greaterThan(3);
      for (const name of attributes) {
        const control = b.control(tag, name);
        expect(control, `${tag} ${name}`).to.exist;
        // Every control has a visible label naming the attribute.
        expect(b.doc.querySelector(`label[for="${control.id}"], label:has(> #${CSS.escape(control.id)})`)!.textContent, name).to.contain(name);
      }
    }
    // Enum values become a select of exactly those values: an unknown value cannot be picked.
    pick(b.doc, 'attune-booking-cta');
    const variant = b.control<HTMLSelectElement>('attune-booking-cta', 'variant');
    expect([...variant.options].map((o) => o.value)).to.deep.equal(['', 'link', 'banner', 'floating']);
    expect(variant.options[0].textContent).to.equal('button (default)');
    b.remove();
  });

  it('each kind of option updates the preview and the snippet', async () => {
    const b = await openBuilder('#w=explainer');
    setValue(b.control('attune-explainer', 'section'), 'origins'); // enum
    setValue(b.control('attune-explainer', 'collapsible'), true); // boolean
    setValue(b.control('attune-explainer', 'heading-level'), '3'); // number
    setValue(b.control('attune-explainer', 'heading'), 'Where it starts'); // text
    const el = b.widget() as HTMLElement & {updateComplete: Promise<unknown>};
    await el.updateComplete;
    expect(el.getAttribute('section')).to.equal('origins');
    expect(el.hasAttribute('collapsible')).to.equal(true);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.contain('Where it starts');
    expect(b.snippet()).to.contain('<attune-explainer section="origins" heading-level="3" heading="Where it starts" collapsible></attune-explainer>');
    // The :not(:defined) rule follows the options (a collapsible section needs little room).
    expect(b.snippet()).to.contain('attune-explainer:not(:defined) { display: block; min-block-size: 2.75rem; }');
    b.remove();
  });

  it('wraps the widget in a provider with its own options', async () => {
    const b = await openBuilder('#w=therapy-cards');
    const provider = b.doc.getElementById('provider') as HTMLInputElement;
    setValue(provider, true);
    setValue(b.control('attune-provider', 'booking-url'), 'https://example.com/book');
    setValue(b.control('attune-therapy-cards', 'therapies'), 'cbt,eft');
    expect(b.doc.querySelector('#preview > attune-provider > attune-therapy-cards')).to.exist;
    expect(b.snippet()).to.contain('<attune-provider booking-url="https://example.com/book">\n  <attune-therapy-cards therapies="cbt,eft"></attune-therapy-cards>\n</attune-provider>');
    expect(b.snippet()).to.contain('attune-provider:not(:defined) { display: contents; }');
    b.remove();
  });

  it('refuses what the element would refuse, with an inline message, and leaves it out', async () => {
    const b = await openBuilder('#w=booking-cta');
    const href = b.control<HTMLInputElement>('attune-booking-cta', 'href');
    setValue(href, 'javascript:alert(1)');
    const error = b.doc.getElementById(`${href.id}-error`)!;
    expect(error.hidden).to.equal(false);
    expect(error.textContent).to.contain('https://');
    expect(href.getAttribute('aria-invalid')).to.equal('true');
    expect(href.getAttribute('aria-describedby')).to.contain(error.id);
    expect(b.snippet()).not.to.contain('javascript:');
    expect(b.widget().hasAttribute('href')).to.equal(false);
    setValue(href, 'https://example.com/book');
    expect(error.hidden).to.equal(true);
    expect(href.getAttribute('aria-invalid')).to.equal('false');
    // A booking button's snippet carries its fallback link, which works before (and without) the script.
    expect(b.snippet()).to.contain('<attune-booking-cta href="https://example.com/book">\n  <a href="https://example.com/book">Book a trial session</a>\n</attune-booking-cta>');
    const level = b.control<HTMLInputElement>('attune-booking-cta', 'heading-level');
    setValue(level, '9');
    expect(b.doc.getElementById(`${level.id}-error`)!.textContent).to.contain('from 1 to 6');
    expect(b.snippet()).not.to.contain('heading-level');
    b.remove();
  });

  it('checks the script address, therapy ids, language and topic too', async () => {
    const b = await openBuilder('#w=therapy-cards&p=1');
    const script = b.doc.getElementById('script-src') as HTMLInputElement;
    setValue(script, '   ');
    expect(b.doc.getElementById('script-src-error')!.hidden).to.equal(false);
    expect(script.getAttribute('aria-invalid')).to.equal('true');
    expect(b.snippet()).to.contain('<script type="module" src="/assets/attune.js"></script>');
    setValue(script, 'https://cdn.example/attune.js');
    expect(b.doc.getElementById('script-src-error')!.hidden).to.equal(true);
    const therapies = b.control<HTMLInputElement>('attune-therapy-cards', 'therapies');
    setValue(therapies, 'CBT, eft');
    expect(b.doc.getElementById(`${therapies.id}-error`)!.textContent).to.contain('Unknown: CBT');
    expect(b.snippet()).not.to.contain('therapies=');
    setValue(b.control('attune-therapy-cards', 'topic'), 'grief');
    expect(b.snippet()).not.to.contain('topic=');
    setValue(b.control('attune-provider', 'locale'), 'fr');
    expect(b.doc.getElementById('attune-provider--locale-error')!.textContent).to.contain('No content in this language');
    b.remove();
  });

  it('a Spanish locale brings the Spanish file, in the snippet and in the preview', async () => {
    const b = await openBuilder('#w=explainer&p=1&script=%2Fdist%2Fattune.js');
    setValue(b.control('attune-provider', 'locale'), 'es');
    expect(b.snippet()).to.contain('<script type="module" src="/dist/attune.es.js"></script>');
    let heading = '';
    for (let i = 0; i < 100 && !heading.startsWith('¿'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      const el = b.widget() as HTMLElement & {updateComplete: Promise<unknown>};
      await el.updateComplete;
      heading = el.shadowRoot?.querySelector('h3')?.textContent?.trim() ?? '';
    }
    expect(heading).to.equal('¿Qué es el apego ansioso?');
    b.remove();
  });

  it('keeps remember in the snippet but not in the preview, so the builder stores nothing', async () => {
    const b = await openBuilder('#w=symptom-checklist');
    setValue(b.control('attune-symptom-checklist', 'remember'), true);
    expect(b.snippet()).to.contain('<attune-symptom-checklist remember>');
    expect(b.widget().hasAttribute('remember')).to.equal(false);
    b.remove();
  });

  it('escapes hostile values in the snippet and never runs them', async () => {
    const b = await openBuilder('#w=symptom-checklist');
    // The two markup values: an <img onerror> and a "><script> breaking out of an attribute.
    for (const value of hostileValues.slice(0, 2)) {
      setValue(b.control('attune-symptom-checklist', 'heading'), value);
      const snippet = b.snippet();
      expect(snippet).not.to.contain(value);
      expect(snippet).to.contain(`heading="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
      expect(b.widget().getAttribute('heading')).to.equal(value);
    }
    expect(b.doc.querySelector('#preview img, #preview script')).to.equal(null);
    expect((b.win as Window).__attunePwned).to.equal(undefined);
    b.remove();
  });

  it('a pasted snippet renders the same widget with the same attributes (round trip)', async () => {
    const b = await openBuilder('#w=booking-cta&p=1');
    setValue(b.doc.getElementById('script-src') as HTMLInputElement, '/dist/attune.js');
    setValue(b.control('attune-booking-cta', 'variant'), 'banner');
    setValue(b.control('attune-booking-cta', 'href'), 'https://example.com/book?type=intro');
    setValue(b.control('attune-booking-cta', 'label'), 'Book a "first" chat <today>');
    setValue(b.control('attune-provider', 'practice-name'), 'Calm & Harbour');
    const page = document.createElement('iframe');
    page.srcdoc = `<!doctype html><html lang="en"><body>${b.snippet()}</body></html>`;
    document.body.append(page);
    await new Promise((resolve) => page.addEventListener('load', resolve, {once: true}));
    const pasted = page.contentDocument!;
    await (page.contentWindow as Win).customElements.whenDefined('attune-booking-cta');
    const attrs = (el: Element) => [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
    // (The preview alone puts the widget's heading below its own "Preview" heading.)
    const previewed = (el: Element) => attrs(el).filter((a) => a !== 'heading-level=3');
    expect(b.snippet()).not.to.contain('heading-level');
    for (const tag of ['attune-provider', 'attune-booking-cta']) {
      expect(attrs(pasted.querySelector(tag)!), tag).to.deep.equal(previewed(b.doc.querySelector(`#preview ${tag}`)!));
    }
    const cta = pasted.querySelector('attune-booking-cta') as HTMLElement & {updateComplete: Promise<unknown>};
    await cta.updateComplete;
    expect(cta.shadowRoot!.querySelector('[part~="button"]')!.textContent).to.contain('Book a "first" chat <today>');
    page.remove();
    b.remove();
  });

  it('keeps the configuration in the URL hash, and a hash restores it', async () => {
    const b = await openBuilder('#w=therapy-cards');
    setValue(b.control('attune-therapy-cards', 'layout'), 'list');
    setValue(b.control('attune-therapy-cards', 'heading'), 'Ways we work');
    const hash = b.win.location.hash;
    expect(hash).to.contain('therapy-cards.layout=list');
    b.remove();
    const again = await openBuilder(hash);
    expect(again.control<HTMLSelectElement>('attune-therapy-cards', 'layout').value).to.equal('list');
    expect(again.control<HTMLInputElement>('attune-therapy-cards', 'heading').value).to.equal('Ways we work');
    expect((again.doc.querySelector('input[value="attune-therapy-cards"]') as HTMLInputElement).checked).to.equal(true);
    expect(again.widget().getAttribute('layout')).to.equal('list');
    again.remove();
    // Unknown enum values in a shared link are dropped, not used; so are defaults (the select shows them).
    const odd = await openBuilder('#w=therapy-cards&therapy-cards.layout=masonry');
    expect(odd.snippet()).not.to.contain('masonry');
    odd.remove();
    const plain = await openBuilder('#w=therapy-cards&therapy-cards.layout=grid');
    expect(plain.snippet()).not.to.contain('layout=');
    expect(plain.control<HTMLSelectElement>('attune-therapy-cards', 'layout').selectedIndex).to.equal(0);
    plain.remove();
  });

  it('copies the snippet and says so in a status message', async () => {
    const b = await openBuilder('#w=explainer');
    let copied = '';
    Object.defineProperty(b.win.navigator, 'clipboard', {value: {writeText: async (text: string) => void (copied = text)}, configurable: true});
    (b.doc.getElementById('copy') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 50));
    const status = b.doc.getElementById('copy-status')!;
    expect(copied).to.equal(b.snippet());
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Snippet copied');
    b.remove();
  });

  it('without clipboard access, selects the snippet and says how to copy it', async () => {
    const b = await openBuilder('#w=explainer');
    Object.defineProperty(b.win.navigator, 'clipboard', {value: {writeText: () => Promise.reject(new Error('denied'))}, configurable: true});
    (b.doc.getElementById('copy') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 50));
    const snippet = b.doc.getElementById('snippet') as HTMLTextAreaElement;
    expect(b.doc.activeElement).to.equal(snippet);
    expect(snippet.selectionEnd - snippet.selectionStart).to.equal(snippet.value.length);
    expect(b.doc.getElementById('copy-status')!.textContent).to.contain('Ctrl+C');
    b.remove();
  });

  it('makes no request but its own files, and uses no storage or cookie', async () => {
    const b = await openBuilder('#w=symptom-checklist&p=1');
    setValue(b.control('attune-symptom-checklist', 'heading'), 'Reflect');
    const origin = b.win.location.origin;
    const foreign = b.win.performance.getEntriesByType('resource').filter((r) => !r.name.startsWith(origin));
    expect(foreign.map((r) => r.name)).to.deep.equal([]);
    expect(b.win.localStorage.length + b.win.sessionStorage.length).to.equal(0);
    expect(b.doc.cookie).to.equal('');
    b.remove();
  });

  it('fits a 320px wide screen without horizontal scrolling', async () => {
    const b = await openBuilder('#w=therapy-cards&p=1', 320);
    expect(b.doc.documentElement.scrollWidth).to.be.at.most(320);
    b.remove();
  });

  it('keeps the focus ring of the snippet and its button inside the scrolling output', async () => {
    const b = await openBuilder();
    try {
      const output = b.doc.querySelector('.output')!.getBoundingClientRect();
      for (const selector of ['#snippet', '#copy']) {
        const control = b.doc.querySelector(selector) as HTMLElement;
        control.focus();
        const style = b.win.getComputedStyle(control);
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const box = control.getBoundingClientRect();
        expect(ring, selector).to.be.above(0);
        expect(box.left - ring, `${selector} left`).to.be.at.least(output.left);
        expect(box.right + ring, `${selector} right`).to.be.at.most(output.right);
      }
    } finally {
      b.remove();
    }
  });

  it('puts the previewed widget’s heading one level below the page’s "Preview" heading', async () => {
    const b = await openBuilder();
    try {
      expect(b.doc.querySelector('#preview-heading')!.localName).to.equal('h2');
      for (const tag of ['attune-symptom-checklist', 'attune-explainer', 'attune-therapy-cards']) {
        pick(b.doc, tag);
        // (The therapy cards' code loads when a page first shows one.)
        await b.win.customElements.whenDefined(tag);
        const widget = b.widget() as HTMLElement & {updateComplete: Promise<unknown>};
        await widget.updateComplete;
        expect(widget.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!.localName, tag).to.equal('h3');
        // The snippet itself keeps the element's own default.
        expect(b.snippet(), tag).not.to.contain('heading-level');
      }
    } finally {
      b.remove();
    }
  });

  it('pre-rendered: the snippet carries the widget’s text, and a page with it hydrates without a message', async () => {
    const b = await openBuilder('#w=explainer&script=%2Fdist%2Fattune.js');
    try {
      const box = b.doc.getElementById('prerendered') as HTMLInputElement;
      expect(b.doc.getElementById(box.getAttribute('aria-describedby')!)!.textContent).to.contain('search engines see it');
      setValue(box, true);
      for (let i = 0; i < 400 && !b.snippet().includes('shadowrootmode'); i++) await new Promise((r) => setTimeout(r, 25));
      const text = b.snippet();
      expect(text).to.contain('<template shadowroot="open" shadowrootmode="open">');
      expect(text).to.contain('What is anxious attachment?');
      expect(text).to.match(/<!-- Pre-rendered by Attune \d+\.\d+\.\d+/);
      // No room to reserve before the script: the content is there.
      expect(text).not.to.match(/^<style>/m);
      expect(b.win.location.hash).to.contain('pre=1');
      const page = document.createElement('iframe');
      page.srcdoc = `<!doctype html><html lang="en"><head><script src="/test/fixtures/probe.js"></script></head><body>${text}</body></html>`;
      document.body.append(page);
      await new Promise((resolve) => page.addEventListener('load', resolve, {once: true}));
      const win = page.contentWindow as Win & {__probe: {console: string[]; errors: string[]}};
      const el = page.contentDocument!.querySelector('attune-explainer')!;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('What is anxious attachment?');
      for (let i = 0; i < 200 && el.hasAttribute('defer-hydration'); i++) await new Promise((r) => setTimeout(r, 25));
      expect(el.hasAttribute('defer-hydration'), 'hydrated').to.equal(false);
      expect([...win.__probe.console, ...win.__probe.errors]).to.deep.equal([]);
      page.remove();
    } finally {
      b.remove();
    }
  });
});
