import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import {addFrame, closeFixtures, openFixture} from './helpers.js';

// Pages pre-rendered by attune-widgets/ssr (the build writes them to dist/prerendered/ from
// test/fixtures/ssr/), opened with their ordinary script tag, in every engine.
type Snapshot = {el: HTMLElement & {updateComplete?: Promise<unknown>}; text: string; node: Element | null; defined: boolean};
type Win = Window & typeof globalThis & {__probe: {prerendered?: Snapshot[]; console: string[]; errors: string[]}; __shownText: (el: Element) => string};

/** Opens a pre-rendered page and waits until every widget on it has hydrated. */
async function openHydrated(name: string) {
  const opened = await openFixture(`/dist/prerendered/${name}`);
  const win = opened.win as unknown as Win;
  const snapshots = win.__probe.prerendered ?? [];
  // Widgets hydrate lazily (in view, reached, or idle): wait for the last one.
  // (An element replaced by its host's fresh render is no longer on the page: it is not waited for.)
  const waiting = () => snapshots.filter(({el}) => el.isConnected && (el.hasAttribute('defer-hydration') || !win.customElements.get(el.localName)));
  await waitUntil(() => !waiting().length, `every widget of ${name} hydrates`, {interval: 25, timeout: 5000});
  await Promise.all(snapshots.filter(({el}) => el.isConnected).map(({el}) => el.updateComplete));
  return {...opened, win, snapshots};
}

const pages = ['page.html', 'classic.html', 'npm.html', 'lang-es.html', 'provider-es.html', 'csp.html'];

describe('pre-rendered pages', () => {
  afterEach(closeFixtures);

  for (const name of pages) {
    it(`${name}: the text is there before any script, and hydration keeps it, and its nodes, without a message`, async () => {
      const {win, snapshots} = await openHydrated(name);
      expect(snapshots.length, 'pre-rendered elements').to.be.at.least(2);
      for (const {el, text, node, defined} of snapshots) {
        expect(defined, `${el.localName} waits for the hydration code`).to.equal(false);
        // (The provider draws nothing of its own: a slot.)
        if (el.localName !== 'attune-provider') expect(text.length, `${el.localName} has text before the script`).to.be.above(0);
        expect(el.hasAttribute('defer-hydration'), `${el.localName} hydrated`).to.equal(false);
        expect(win.__shownText(el), `${el.localName} text after hydration`).to.equal(text);
        expect(el.shadowRoot!.querySelector('*:not(style):not(link)') === node, `${el.localName} keeps its nodes`).to.equal(true);
      }
      // (The npm modules are served as Lit's development build here, which says so once.)
      expect([...win.__probe.console.filter((m) => !m.includes('Lit is in dev mode')), ...win.__probe.errors]).to.deep.equal([]);
    });
  }

  it('every widget is interactive afterwards: form value, validity, events, the dialog', async () => {
    const {doc, win} = await openHydrated('page.html');
    const checklist = doc.querySelector('attune-symptom-checklist[name]') as HTMLElement & {value: string; updateComplete: Promise<unknown>};
    (checklist.shadowRoot!.querySelectorAll('input')[1] as HTMLInputElement).click();
    expect(checklist.value).to.equal('abandonment');
    (checklist.shadowRoot!.querySelector('[part~="show"]') as HTMLElement).click();
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelector('[part~="result"]')!.textContent).to.contain('not a diagnosis');
    const cards = doc.querySelector('attune-therapy-cards')!;
    const card = cards.shadowRoot!.querySelector('attune-therapy-card')!;
    let toggled: unknown;
    doc.addEventListener('attune-toggle', (e) => (toggled = (e as CustomEvent).detail), {once: true});
    (card.shadowRoot!.querySelector('summary') as HTMLElement).click();
    await aTimeout(50);
    expect(toggled).to.deep.equal({therapy: 'cbt', expanded: true});
    const banner = doc.querySelector('attune-booking-cta[target="dialog"]') as HTMLElement;
    const link = banner.shadowRoot!.querySelector('[part~="button"]') as HTMLAnchorElement;
    expect(link.href).to.equal(new URL('/test/fixtures/booking.html?from=banner', win.location.href).href);
    link.click();
    await waitUntil(() => banner.shadowRoot!.querySelector('dialog[open]'), 'the booking dialog opens', {interval: 20, timeout: 2000});
    (banner.shadowRoot!.querySelector('dialog') as HTMLDialogElement).close();
  });

  it('a box ticked and a card opened before hydration are still so afterwards, and count', async () => {
    // Act once the HTML is parsed: the widgets are not yet registered.
    const {frame, loaded: acted} = addFrame({src: '/dist/prerendered/page.html'});
    const win = frame.contentWindow as unknown as Win;
    await new Promise<void>((resolve) => {
      const poll = () => (frame.contentDocument?.readyState !== 'loading' && frame.contentDocument?.querySelector('attune-symptom-checklist')?.shadowRoot ? resolve() : setTimeout(poll, 1));
      poll();
    });
    const doc = frame.contentDocument!;
    const checklist = doc.querySelector('attune-symptom-checklist[name]') as HTMLElement & {value: string; updateComplete: Promise<unknown>};
    expect(win.customElements.get('attune-symptom-checklist'), 'not yet registered').to.equal(undefined);
    (checklist.shadowRoot!.querySelectorAll('input')[2] as HTMLInputElement).click();
    const card = doc.querySelector('attune-therapy-card') as HTMLElement & {expanded: boolean};
    (card.shadowRoot!.querySelector('details') as HTMLDetailsElement).open = true;
    await acted;
    const hydrated = () => !checklist.hasAttribute('defer-hydration') && !card.hasAttribute('defer-hydration') && win.customElements.get('attune-therapy-card');
    await waitUntil(hydrated, 'the checklist and the card hydrate', {interval: 25, timeout: 5000});
    await checklist.updateComplete;
    expect((checklist.shadowRoot!.querySelectorAll('input')[2] as HTMLInputElement).checked, 'still ticked').to.equal(true);
    expect(checklist.value, 'counts').to.equal('overthinking');
    expect(card.expanded, 'card still open').to.equal(true);
  });

  it('markup pre-rendered by another version renders afresh, with one warning per element', async () => {
    const {win, snapshots} = await openHydrated('old-version.html');
    const warnings = win.__probe.console.filter((m) => m.includes('[attune]'));
    expect(warnings.length).to.equal(snapshots.filter(({el}) => el.getRootNode() === el.ownerDocument).length);
    expect(warnings[0]).to.match(/^warn: \[attune\] <attune-[a-z-]+> pre-rendered markup: made by Attune 0\.0\.9, not /);
    for (const {el, text} of snapshots.filter(({el}) => el.getRootNode() === el.ownerDocument)) expect(win.__shownText(el), el.localName).to.equal(text);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('a page rendered twice is rendered afresh, never given a second shadow root', async () => {
    const [once, twice] = await Promise.all(['page.html', 'twice.html'].map(async (name) => (await fetch(`/dist/prerendered/${name}`)).text()));
    expect(twice).to.equal(once);
    const {doc, win, snapshots} = await openHydrated('twice.html');
    expect(snapshots.length).to.be.at.least(2);
    const leftOver = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('attune-') && el.querySelector(':scope > template'));
    expect(leftOver.map((el) => el.localName)).to.deep.equal([]);
    expect([...win.__probe.console, ...win.__probe.errors]).to.deep.equal([]);
  });

  it('under a strict CSP the linked stylesheets style the pre-rendered HTML, with no violation', async () => {
    const {doc, win} = await openHydrated('csp.html');
    const heading = doc.querySelector('attune-explainer')!.shadowRoot!.querySelector('h2')!;
    expect(win.getComputedStyle(heading).marginTop).to.equal('0px');
    expect((win.__probe as unknown as {violations: string[]}).violations).to.deep.equal([]);
  });
});

describe('the server entry (attune-widgets/ssr)', () => {
  // Lit's install-global-dom-shim.js also registers a Node hook for CSS module imports, and the
  // `import('data:text/css…', {with: {type: 'css'}})` it does to decide makes Turbopack (Next.js 16's
  // default bundler) fail the build of a page that imports the renderer. The Next.js build of
  // test/integrations.test.ts is the full check; this one says which line to keep.
  it('installs Lit’s DOM shim alone, without the CSS module hook that bundlers cannot chunk', async () => {
    const source = await (await fetch('/dist/ssr/index.js')).text();
    expect(source).to.contain('@lit-labs/ssr/lib/dom-shim.js');
    expect(source).to.contain('installWindowOnGlobal()');
    expect(source).not.to.match(/install-global-dom-shim|register-css-hook/);
  });
});
