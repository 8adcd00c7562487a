import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {addFrame, attuneElements, axe, closeFixtures, whenRendered, type Probe, type Rendered} from './helpers.js';

// The demo and the snippet builder exactly as a site owner ships them, in every engine: the built
// dist/attune.js by one script tag, served through /as-shipped/ (web-test-runner.config.mjs), which
// puts test/fixtures/probe.js first to record the console, errors and CSP reports. `npm test` builds
// first; alone, run `npm run build` before this file. `/dist/demo.html` is the demo pre-rendered,
// dist/prerendered/ the pages of test/fixtures/ssr/.
type Win = Window & typeof globalThis & {__probe: Probe};

/** A token for ?late=, unique to the test. */
const token = () => Math.random().toString(36).slice(2);
const widgets = 'attune-explainer, attune-symptom-checklist, attune-therapy-cards, attune-booking-cta';

/**
 * Opens `path` in a frame `width` wide. `beforeScript(doc)` runs once the HTML is parsed and before
 * the page's module scripts have run (with ?late=<token>, attune.js is held back until then; the
 * token, unique to the test, keeps any cache from answering). Resolves once every Attune element
 * has rendered, or (`rendered: false`) once the page has loaded; `sandbox` turns scripting off.
 */
type Options = {width?: number; height?: number; sandbox?: boolean; rendered?: boolean; beforeScript?: (doc: Document) => unknown};
async function open(path: string, {width = 1280, height = 800, sandbox = false, rendered = !sandbox, beforeScript}: Options = {}) {
  const {frame, loaded} = addFrame({src: path, ...(sandbox ? {sandbox: 'allow-same-origin'} : {})}, `width:${width}px;height:${height}px;border:0;display:block`);
  let before: unknown;
  if (beforeScript) {
    // Parsed, with its style sheets (the page's and those linked in pre-rendered shadow roots) in.
    const links = (root: ParentNode): HTMLLinkElement[] =>
      [...root.querySelectorAll('*')].flatMap((el) => (el.matches('link[rel="stylesheet"]') ? [el as HTMLLinkElement] : []).concat(el.shadowRoot ? links(el.shadowRoot) : []));
    const parsed = () => frame.contentDocument?.URL.includes(path.split(/[?#]/)[0]) && frame.contentDocument.readyState !== 'loading' && links(frame.contentDocument).every((link) => link.sheet);
    await waitUntil(parsed, `${path} parsed, its style sheets loaded`, {interval: 5, timeout: 5000});
    before = beforeScript(frame.contentDocument!);
    const token = new URL(path, location.href).searchParams.get('late');
    if (token) await executeServerCommand('release-script', {token});
  }
  await loaded;
  const win = frame.contentWindow as Win;
  if (rendered) await whenRendered(win);
  return {win, doc: win.document, probe: win.__probe, before};
}

/**
 * Where each element a visitor sees on the first screen starts (the page's own, and each widget's
 * box), rounded to the pixel: what the layout-shift measure (CLS) watches, in every engine. A widget's
 * light-DOM children are its fallback, replaced when it renders; the floating CTA is fixed.
 */
const firstScreen = (doc: Document) =>
  [...doc.body.querySelectorAll('*')]
    .filter((el) => !el.parentElement?.closest(widgets) && !el.closest('attune-booking-cta[variant="floating"]'))
    .map((el) => [el, el.getBoundingClientRect()] as const)
    .filter(([, box]) => box.bottom > 0 && box.top < doc.defaultView!.innerHeight && box.width && box.height)
    .map(([el, {top, left}]) => [el, `<${el.localName}${el.id ? `#${el.id}` : ''}> at ${Math.round(left)},${Math.round(top)}`] as const);

/** The layout shift the engine reports (Chromium), or null where it reports none. */
const reportedShift = (win: Win) =>
  win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')
    ? new Promise<number>((resolve) => {
        let total = 0;
        new win.PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {value: number; hadRecentInput: boolean})[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({type: 'layout-shift', buffered: true});
        setTimeout(() => resolve(total), 300);
      })
    : null;

describe('the demo as shipped', function () {
  // Whole pages, some twice, with axe: more than a component test's 10 s on a loaded machine.
  this.timeout(30_000);
  afterEach(closeFixtures);

  describe('rendered in the browser (demo/index.html)', () => {
    it('renders every widget with its heading, and the two CTAs with their UTM parameters', async () => {
      const {doc} = await open('/as-shipped/demo/index.html');
      const headings = [...doc.querySelectorAll('attune-explainer, attune-symptom-checklist, attune-therapy-cards')].map((el) =>
        el.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6')?.textContent?.trim(),
      );
      expect(headings).to.have.length(7);
      expect(headings.every(Boolean), headings.join(' | ')).to.equal(true);
      const ctas = [...doc.querySelectorAll('attune-booking-cta')].map((el) => {
        const button = el.shadowRoot!.querySelector('[part~="button"]')!;
        return `${el.getAttribute('variant')}: ${button.localName} ${button.getAttribute('href')}`;
      });
      expect(ctas).to.deep.equal([
        'banner: a https://example.com/calm-harbour/book?utm_source=article&utm_medium=banner',
        'floating: a https://example.com/calm-harbour/book?utm_source=article&utm_medium=floating',
      ]);
    });

    it('a visitor answers the checklist and reads the reflection: no console message, no request but its own files, no cookie or storage, axe clean', async () => {
      const keys = (storage: Storage) => Object.keys(storage).sort().join(',');
      const stored = [keys(localStorage), keys(sessionStorage), document.cookie];
      const {win, doc, probe} = await open('/as-shipped/demo/index.html');
      const checklist = doc.querySelector('attune-symptom-checklist') as Rendered;
      const inputs = checklist.shadowRoot!.querySelectorAll('input');
      inputs[0].click();
      inputs[3].click();
      (checklist.shadowRoot!.querySelector('[part~="show"]') as HTMLElement).click();
      await checklist.updateComplete;
      const reflection = checklist.shadowRoot!.querySelector('[part~="result"]')!.textContent!.replace(/\s+/g, ' ');
      expect(reflection).to.match(/not a diagnosis/);
      expect(reflection).to.match(/988/);
      expect([...probe.console, ...probe.errors, ...probe.violations]).to.deep.equal([]);
      const foreign = win.performance.getEntriesByType('resource').filter((r) => new URL(r.name).origin !== win.location.origin);
      expect(foreign.map((r) => r.name)).to.deep.equal([]);
      expect([keys(win.localStorage), keys(win.sessionStorage), doc.cookie], 'no new storage key or cookie').to.deep.equal(stored);
      expect(await axe(win)).to.deep.equal([]);
    });

    it('the collapsible section opens from the keyboard', async () => {
      const {doc} = await open('/as-shipped/demo/index.html');
      const explainer = doc.querySelector('attune-explainer[collapsible]') as Rendered;
      explainer.shadowRoot!.querySelector('button')!.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => explainer.hasAttribute('expanded'), 'expanded after Enter', {timeout: 3000});
    });

    it('scrolls no wider than the screen at 320px', async () => {
      const {doc} = await open('/as-shipped/demo/index.html', {width: 320, height: 640});
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  for (const [kind, page] of [
    ['rendered in the browser', 'demo/index.html'],
    ['pre-rendered', 'dist/demo.html'],
  ]) {
    for (const [label, width, height] of [
      ['desktop 1280×800', 1280, 800],
      ['phone 390×844', 390, 844],
    ] as const) {
      it(`${kind}: nothing on the first screen moves when attune.js arrives late (${label})`, async () => {
        const beforeScript = (d: Document) => (expect(d.defaultView!.customElements.get('attune-explainer')).to.equal(undefined), firstScreen(d));
        const {win, doc, before} = await open(`/as-shipped/${page}?late=${token()}`, {width, height, beforeScript});
        const seen = before as ReturnType<typeof firstScreen>;
        const now = new Map(firstScreen(doc));
        const moved = seen.filter(([el, box]) => now.get(el) !== box).map(([el, box]) => `${now.get(el) ?? `<${el.localName}> gone`} (was ${box})`);
        expect(seen.length, 'elements on the first screen').to.be.above(5);
        expect(moved, 'elements that moved').to.deep.equal([]);
        const shift = await reportedShift(win);
        if (shift !== null) expect(shift, 'the layout shift Chromium reports').to.equal(0);
      });
    }
  }

  it('pre-rendered collapsible sections: one in view stays open when it hydrates, one far below closes, and no toggle event fires', async () => {
    const toggles: unknown[] = [];
    const beforeScript = (d: Document) => (d.addEventListener('attune-toggle', (e) => toggles.push((e as CustomEvent).detail)), firstScreen(d));
    const {win, doc, before} = await open(`/as-shipped/dist/prerendered/collapsible.html?late=${token()}`, {width: 390, height: 1200, beforeScript});
    const [inView, below] = ['#in-view', '#below'].map((id) => doc.querySelector(id) as Rendered & {expanded: boolean});
    await waitUntil(() => ![inView, below].some((el) => el.hasAttribute('defer-hydration')), 'both hydrate (the one below when the browser is idle)', {timeout: 5000});
    await Promise.all([inView.updateComplete, below.updateComplete]);
    const now = new Map(firstScreen(doc));
    const seen = before as ReturnType<typeof firstScreen>;
    expect(seen.map(([el]) => el.localName), 'on the first screen: the section and the paragraph after it').to.include.members(['attune-explainer', 'p']);
    expect(seen.filter(([el, box]) => now.get(el) !== box), 'nothing on the first screen moved').to.deep.equal([]);
    const shift = await reportedShift(win);
    if (shift !== null) expect(shift, 'the layout shift Chromium reports (none in between either)').to.equal(0);
    const bodyHeight = (el: Element) => el.shadowRoot!.querySelector('[part~="body"]')!.getBoundingClientRect().height;
    expect([inView.expanded, bodyHeight(inView) > 0], 'in view: open').to.deep.equal([true, true]);
    expect([below.expanded, bodyHeight(below)], 'below: closed').to.deep.equal([false, 0]);
    expect(toggles).to.deep.equal([]);
    // Still the visitor's to close.
    (inView.shadowRoot!.querySelector('[part~="toggle"]') as HTMLElement).click();
    await inView.updateComplete;
    expect([inView.expanded, bodyHeight(inView)]).to.deep.equal([false, 0]);
    expect(win.__probe.console).to.deep.equal([]);
  });

  describe('pre-rendered (dist/demo.html), without JavaScript', () => {
    it('every widget shows its text, and the checklist says its reflection needs the script', async () => {
      const {doc} = await open('/as-shipped/dist/demo.html', {sandbox: true});
      const texts = [...doc.querySelectorAll(widgets)].map((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length);
      expect(texts).to.have.length(9);
      expect(texts.every((n) => n > 10), texts.join(', ')).to.equal(true);
      const notice = doc.querySelector('attune-symptom-checklist')!.shadowRoot!.querySelector('.needs-script')!;
      expect(notice.getBoundingClientRect().height).to.be.above(0);
    });

    it('passes axe before any script has taken it over', async () => {
      const {win, probe} = await open('/as-shipped/dist/demo.html?no-script', {rendered: false});
      expect(win.customElements.get('attune-explainer')).to.equal(undefined);
      expect(await axe(win)).to.deep.equal([]);
      expect([...probe.console, ...probe.errors]).to.deep.equal([]);
    });
  });

  describe('under the strict Content-Security-Policy of the README', () => {
    for (const [kind, page] of [
      ['pre-rendered', 'dist/demo.html'],
      ['rendered in the browser', 'demo/index.html'],
    ]) {
      it(`the demo ${kind} renders every widget, styled, with no violation (so no request elsewhere) and no console message`, async () => {
        const {doc, probe} = await open(`/as-shipped/${page}?csp`);
        const all = attuneElements(doc);
        expect(all.length).to.be.above(9);
        expect(all.filter((el) => !el.shadowRoot?.childElementCount).map((el) => el.localName)).to.deep.equal([]);
        const cta = doc.querySelector('attune-booking-cta[variant="banner"]')!;
        expect(getComputedStyle(cta.shadowRoot!.querySelector('[part~="button"]')!).backgroundColor).to.equal('rgb(31, 107, 100)');
        expect([...probe.violations, ...probe.console, ...probe.errors]).to.deep.equal([]);
      });
    }

    for (const widget of ['symptom-checklist', 'therapy-cards', 'booking-cta', 'explainer']) {
      for (const width of [1280, 320]) {
        it(`the snippet builder shows <attune-${widget}> in a provider at ${width}px: no violation or message, no overflow, axe clean`, async () => {
          for (const csp of [true, false]) {
            const {win, doc, probe} = await open(`/as-shipped/demo/builder.html${csp ? '?csp' : ''}#w=${widget}&p=1&provider.booking-url=https://example.com/book`, {width, height: 900});
            await waitUntil(() => doc.documentElement.hasAttribute('data-ready'), 'the builder is ready', {timeout: 5000});
            await Promise.all(attuneElements(doc).map((el) => el.updateComplete));
            expect([...probe.violations, ...probe.console, ...probe.errors], csp ? 'under the policy' : 'without it').to.deep.equal([]);
            expect(doc.documentElement.scrollWidth - win.innerWidth, 'overflow').to.be.at.most(0);
            // axe is loaded only where no policy applies to it (the page renders the same under both).
            if (!csp) expect(await axe(win)).to.deep.equal([]);
          }
        });
      }
    }
  });
});
