// Smoke test of the demo page exactly as a site owner ships it: the built dist/attune.js loaded by
// one script tag (one second late), its layout shift, and a strict Content-Security-Policy (demo
// and snippet builder). The other script-tag pages are tested in every engine
// (test/script-tag.test.ts).
import {axe, withBrowser} from './harness.mjs';
import {runWhenMain} from './cli.mjs';

/** The policy the README gives site owners; the demo must render under it with no violation. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src https:; require-trusted-types-for 'script'";

/** Sums the page's layout shifts (CLS as the browser reports it, ignoring shifts after input). */
export const layoutShift = () =>
  new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
    setTimeout(() => resolve(total), 300);
  });

const desktop = {width: 1280, height: 800};

export async function smokeDemo() {
  const results = [];
  const check = (name, ok, detail = '') => results.push({name: `demo: ${name}`, ok: Boolean(ok), detail});
  await withBrowser(
    async ({browser, origin, open}) => {
      // 1. A normal visit, to the page rendered in the browser (the pre-rendered one is below).
      const foreign = [];
      const {page, problems} = await open('/demo/index.html', {viewport: desktop, before: (p) => p.on('request', (r) => !r.url().startsWith(origin + '/') && !r.url().startsWith('data:') && foreign.push(r.url()))});
      await page.waitForFunction(() => customElements.get('attune-explainer') !== undefined);
      const rendered = await page.evaluate(() =>
        [...document.querySelectorAll('attune-explainer, attune-symptom-checklist, attune-therapy-cards')].map((el) => el.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6')?.textContent?.trim() ?? ''),
      );
      check('every widget renders its heading', rendered.length === 7 && rendered.every(Boolean), rendered.join(' | '));
      const ctas = await page.evaluate(() =>
        [...document.querySelectorAll('attune-booking-cta')].map((el) => {
          const button = el.shadowRoot?.querySelector('[part~="button"]');
          return `${el.getAttribute('variant')}: ${button?.localName} ${button?.getAttribute('href') ?? button?.getAttribute('aria-haspopup') ?? ''}`;
        }),
      );
      check(
        'the banner (dialog) and the floating button (new tab) render, with their UTM parameters',
        ctas[0] === 'banner: a https://example.com/calm-harbour/book?utm_source=article&utm_medium=banner' && ctas[1] === 'floating: a https://example.com/calm-harbour/book?utm_source=article&utm_medium=floating',
        ctas.join(' | '),
      );
      // A visitor answers the checklist and reads the reflection: still nothing leaves the page.
      const reflection = await page.evaluate(async () => {
        const el = document.querySelector('attune-symptom-checklist');
        const inputs = el.shadowRoot.querySelectorAll('input');
        inputs[0].click();
        inputs[3].click();
        el.shadowRoot.querySelector('[part~="show"]').click();
        await el.updateComplete;
        return el.shadowRoot.querySelector('[part~="result"]').textContent.replace(/\s+/g, ' ').trim();
      });
      check('the checklist shows a reflection with the disclaimer and the US crisis line', /not a diagnosis/.test(reflection) && /988/.test(reflection), reflection.slice(0, 80) + '…');
      const pageErrors = problems.filter((p) => p.startsWith('page error'));
      check('no console error or warning', problems.length === pageErrors.length, problems.join('; '));
      check('no page error', pageErrors.length === 0, pageErrors.join('; '));
      check('no request but the page’s own files', foreign.length === 0, foreign.join(', '));
      const cookies = await page.cookies();
      const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
      check('no cookie and no storage, even after answering the checklist', cookies.length === 0 && storage === 0, `${cookies.length} cookies, ${storage} storage keys`);
      const violations = await axe(page);
      check('axe: zero violations (WCAG 2.2 AA and best practice)', violations.length === 0, violations.join('; '));
      // The collapsible section opens with the keyboard.
      await page.evaluate(() => document.querySelector('attune-explainer[collapsible]').shadowRoot.querySelector('button').focus());
      await page.keyboard.press('Enter');
      check('the collapsible section opens from the keyboard', await page.evaluate(() => document.querySelector('attune-explainer[collapsible]').hasAttribute('expanded')));
      await page.setViewport({width: 320, height: 640});
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      check('no horizontal scrolling at 320px', overflow <= 320, `scrollWidth ${overflow}`);
      await page.close();

      // 2. The script arrives one second late: reserved space (in the browser-rendered page) or the
      // content itself (pre-rendered, with no room reserved) means nothing moves.
      for (const [kind, path] of [['rendered in the browser', '/demo/index.html'], ['pre-rendered', '/']]) {
        for (const [label, viewport] of [['desktop 1280×800', desktop], ['phone 390×844', {width: 390, height: 844, deviceScaleFactor: 2, isMobile: true}]]) {
          const {page: shifted} = await open(path, {viewport});
          await shifted.waitForFunction(() => customElements.get('attune-explainer') !== undefined);
          await new Promise((r) => setTimeout(r, 200));
          const cls = await shifted.evaluate(layoutShift);
          check(`${kind}: no layout shift when the script arrives 1 s late (${label})`, cls === 0, `CLS ${cls.toFixed(4)}`);
          await shifted.close();
        }
      }
      // 3. The pre-rendered demo without JavaScript: every widget's text is there, axe clean.
      const {page: plain, problems: plainProblems} = await open('/', {viewport: desktop, before: (p) => p.setJavaScriptEnabled(false)});
      const texts = await plain.evaluate(() =>
        [...document.querySelectorAll('attune-explainer, attune-symptom-checklist, attune-therapy-cards, attune-booking-cta')].map((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length),
      );
      check('pre-rendered, without JavaScript: every widget shows its text', texts.length === 9 && texts.every((n) => n > 10), texts.join(', '));
      const noScript = await plain.evaluate(() => document.querySelector('attune-symptom-checklist').shadowRoot.querySelector('.needs-script').getBoundingClientRect().height);
      check('pre-rendered, without JavaScript: the checklist says its reflection needs it', noScript > 0, `${noScript}px`);
      await plain.setJavaScriptEnabled(true);
      const plainAxe = await axe(plain);
      check('pre-rendered, without JavaScript: axe zero violations', plainAxe.length === 0 && !plainProblems.length, [...plainAxe, ...plainProblems].join('; '));
      await plain.close();
    },
    {server: {delay: {'/dist/attune.js': 1000}}},
  );

  // 4. Strict Content-Security-Policy, as the README asks site owners to allow: the demo, then the
  // snippet builder for every widget in a provider, wide and at 320px.
  await withBrowser(
    async ({open}) => {
      const report = (p) => p.evaluateOnNewDocument(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
      const demo = await open('/', {before: report});
      const cspRendered = await demo.page.evaluate(async () => {
        const els = [...document.querySelectorAll('attune-explainer, attune-symptom-checklist, attune-booking-cta, attune-therapy-cards')];
        els.push(...document.querySelector('attune-therapy-cards').shadowRoot.querySelectorAll('attune-therapy-card'));
        await Promise.all(els.map((el) => el.updateComplete));
        const cta = document.querySelector('attune-booking-cta[variant="banner"]');
        return els.filter((el) => el.shadowRoot?.childElementCount).length === els.length && getComputedStyle(cta.shadowRoot.querySelector('[part~="button"]')).backgroundColor;
      });
      check('strict CSP (no inline script or style, Trusted Types): everything renders and is styled, zero violations', cspRendered === 'rgb(31, 107, 100)' && !demo.problems.length, [String(cspRendered), ...demo.problems].join('; '));
      await demo.page.close();
      const builderAxe = [];
      const builderProblems = [];
      let builderOverflow = 0;
      for (const widget of ['symptom-checklist', 'therapy-cards', 'booking-cta', 'explainer']) {
        for (const width of [1280, 320]) {
          const {page, problems} = await open(`/demo/builder.html#w=${widget}&p=1&provider.booking-url=https://example.com/book`, {viewport: {width, height: 900}, before: report});
          await page.waitForSelector('html[data-ready]');
          await page.evaluate(() => Promise.all([...document.querySelectorAll('#preview *')].map((el) => el.updateComplete)));
          builderAxe.push(...(await axe(page)).map((f) => `${widget} ${width}px: ${f}`));
          builderOverflow = Math.max(builderOverflow, await page.evaluate(() => document.documentElement.scrollWidth - innerWidth));
          builderProblems.push(...problems);
          await page.close();
        }
      }
      check('builder: axe zero violations for every widget, at 1280px and 320px', builderAxe.length === 0, builderAxe.join('; '));
      check('builder: no horizontal scrolling at 320px', builderOverflow <= 0, `${builderOverflow}px too wide`);
      check('builder: strict CSP, zero violations and no console message', !builderProblems.length, builderProblems.join('; '));
    },
    {server: {headers: {'content-security-policy': STRICT_CSP}}},
  );
  return results;
}

await runWhenMain(import.meta.url, () => smokeDemo());
