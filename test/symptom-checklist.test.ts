import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import {anxiousAttachmentEn as en, packsReady, registerPack, type AttuneCompleteEvent, type AttuneSymptomChecklist} from '../src/index.js';
import {captureConsole, shadowText, viewportFrame} from './helpers.js';

const textOf = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

type El = AttuneSymptomChecklist;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)] as HTMLInputElement[];
const result = (el: Element) => $(el, '[part~="result"]');
const c = en.checklist;

/** Ticks (check mode) or rates (rate mode: values 0–4 in item order) like a visitor clicking. */
async function answer(el: El, values: number[]) {
  if (el.mode === 'rate') {
    const groups = $$(el, 'fieldset[part~="item"]') as unknown as HTMLFieldSetElement[];
    values.forEach((v, i) => (groups[i].querySelectorAll('input')[v] as HTMLInputElement).click());
  } else {
    values.forEach((i) => $$(el, 'input[type="checkbox"]')[i].click());
  }
  await el.updateComplete;
}

async function show(el: El) {
  $(el, '[part~="show"]').click();
  await el.updateComplete;
}

describe('<attune-symptom-checklist>', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  describe('accessibility', () => {
    for (const mode of ['check', 'rate']) {
      it(`passes axe in ${mode} mode, before and with the reflection, light and dark`, async () => {
        for (const theme of ['light', 'dark']) {
          const el = await fixture<El>(html`<attune-symptom-checklist mode=${mode} theme=${theme} booking-url="https://example.com/book"></attune-symptom-checklist>`);
          await expect(el).to.be.accessible();
          await answer(el, [3, 4, 0]);
          await show(el);
          await expect(el).to.be.accessible();
        }
      });
    }
  });

  it('shows the five signs as labelled checkboxes in a fieldset, with a status region waiting', async () => {
    const el = await fixture<El>(html`<attune-symptom-checklist></attune-symptom-checklist>`);
    expect($(el, 'h2').textContent!.trim()).to.equal(c.heading);
    expect($(el, 'fieldset > legend').textContent!.trim()).to.equal(c.legend);
    const boxes = $$(el, 'input[type="checkbox"]');
    expect(boxes).to.have.length(5);
    expect(boxes[0].closest('label')!.textContent!.trim()).to.equal(en.sections.signs.items![0].title);
    expect($(el, `#${boxes[0].getAttribute('aria-describedby')}`).textContent).to.equal(en.sections.signs.items![0].text);
    expect($(el, '[part~="progress"]').textContent!.trim()).to.equal('0 of 5 selected');
    expect(result(el).getAttribute('role')).to.equal('status');
    expect(result(el).textContent!.trim()).to.equal('');
    expect(log.all).to.deep.equal([]);
  });

  it('asks "how often" in rate mode: five native radios in a fieldset with a legend per sign', async () => {
    const el = await fixture<El>(html`<attune-symptom-checklist mode="rate"></attune-symptom-checklist>`);
    expect($(el, 'fieldset > legend').textContent!.trim()).to.equal(c.rateLegend);
    const groups = el.shadowRoot!.querySelectorAll('fieldset[part~="item"]');
    expect(groups).to.have.length(5);
    expect(groups[0].querySelector('legend')!.textContent!.trim()).to.equal(en.sections.signs.items![0].title);
    const labels = [...groups[0].querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal([...c.scale]);
    expect(groups[0].querySelectorAll('input[type="radio"]')).to.have.length(5);
  });

  it('in rate mode, gives each answer its statement’s hint as its description', async () => {
    const el = await fixture<El>(html`<attune-symptom-checklist mode="rate"></attune-symptom-checklist>`);
    const groups = [...el.shadowRoot!.querySelectorAll('fieldset[part~="item"]')];
    groups.forEach((group, i) => {
      const radios = [...group.querySelectorAll('input[type="radio"]')];
      for (const radio of radios) {
        const hint = el.shadowRoot!.getElementById(radio.getAttribute('aria-describedby') ?? '');
        expect(hint?.textContent, `statement ${i}`).to.equal(en.sections.signs.items![i].text);
      }
      // Not also on the group, or a screen reader that does read it would say it twice.
      expect(group.hasAttribute('aria-describedby')).to.equal(false);
    });
  });

  it('warns once for an unknown mode and uses check', async () => {
    const el = await fixture<El>(html`<attune-symptom-checklist mode="quiz"></attune-symptom-checklist>`);
    expect($$(el, 'input[type="checkbox"]')).to.have.length(5);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.contain('<attune-symptom-checklist> mode="quiz"');
  });

  describe('keyboard only', () => {
    // A focusable button before the widget, so Tab starts from outside it.
    let before: HTMLButtonElement;
    beforeEach(() => (before = document.body.insertBefore(document.createElement('button'), document.body.firstChild)));
    afterEach(() => before.remove());

    it('completes check mode with Tab, Space and Enter, keeping focus on the button', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist region="US" booking-url="https://example.com/book"></attune-symptom-checklist>`);
      before.focus();
      for (let i = 0; i < 5; i++) {
        await sendKeys({press: 'Tab'});
        if (i % 2 === 0) await sendKeys({press: ' '});
      }
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="show"]'));
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="show"]'));
      expect(textOf(result(el))).to.contain(c.countLine.replace('{count}', '3').replace('{total}', '5'));
      // Onward: clear, then into the reflection (crisis line, booking link, copy).
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="clear"]'));
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('tel:988');
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('https://example.com/book');
    });

    it('completes rate mode with Tab and the arrow keys inside each group', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist mode="rate"></attune-symptom-checklist>`);
      before.focus();
      for (let i = 0; i < 5; i++) {
        await sendKeys({press: 'Tab'});
        await sendKeys({press: 'ArrowRight'}); // moves to and selects "Rarely"
        await sendKeys({press: 'ArrowRight'}); // "Sometimes"
      }
      await aTimeout(50); // the last key's change event may land just after sendKeys returns
      await el.updateComplete;
      expect(el.value).to.equal('reassurance:2,abandonment:2,overthinking:2,closeness:2,highs-lows:2');
    });
  });

  describe('the reflection', () => {
    const bands: Array<[string, number[], string]> = [
      ['check', [], c.bands.few],
      ['check', [0], c.bands.few],
      ['check', [0, 1], c.bands.some],
      ['check', [0, 1, 2], c.bands.some],
      ['check', [0, 1, 2, 3], c.bands.many],
      ['check', [0, 1, 2, 3, 4], c.bands.many],
      ['rate', [4, 3, 2, 1, 0], c.bands.some],
      ['rate', [2, 2, 2, 2, 2], c.bands.few],
      ['rate', [4, 4, 3, 3, 1], c.bands.many],
    ];
    for (const [mode, values, band] of bands) {
      it(`${mode} [${values}] → "${band.slice(0, 24)}…"`, async () => {
        const el = await fixture<El>(html`<attune-symptom-checklist mode=${mode}></attune-symptom-checklist>`);
        await answer(el, values);
        await show(el);
        const text = textOf(result(el));
        expect(text).to.contain(band);
        expect(text).to.contain(c.disclaimer);
        expect(text.toLowerCase()).not.to.contain('you have anxious attachment');
      });
    }

    it('counts signs rated often or always in rate mode', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist mode="rate"></attune-symptom-checklist>`);
      await answer(el, [4, 3, 2, 1, 0]);
      await show(el);
      expect(textOf(result(el))).to.contain('You noticed 2 of 5 patterns often or always.');
    });

    it('shows the crisis line for the region, the provider region, the locale, or the default', async () => {
      const cases: Array<[ReturnType<typeof html>, string, string | null]> = [
        [html`<attune-symptom-checklist region="US"></attune-symptom-checklist>`, '988', 'tel:988'],
        [html`<attune-symptom-checklist region="ca"></attune-symptom-checklist>`, '988', 'tel:988'],
        [html`<attune-symptom-checklist region="GB"></attune-symptom-checklist>`, '116 123', 'tel:116123'],
        [html`<attune-symptom-checklist region="IE"></attune-symptom-checklist>`, '116 123', 'tel:116123'],
        [html`<attune-symptom-checklist region="AU"></attune-symptom-checklist>`, '13 11 14', 'tel:131114'],
        [html`<attune-symptom-checklist locale="en-GB"></attune-symptom-checklist>`, '116 123', 'tel:116123'],
        [html`<attune-provider region="AU"><attune-symptom-checklist></attune-symptom-checklist></attune-provider>`, '13 11 14', 'tel:131114'],
        [html`<attune-symptom-checklist region="FR"></attune-symptom-checklist>`, 'local emergency number', null],
      ];
      for (const [template, text, href] of cases) {
        const wrapper = await fixture(html`<div>${template}</div>`);
        const el = wrapper.querySelector('attune-symptom-checklist') as El;
        await show(el);
        const crisis = $(el, '[part~="crisis"]');
        expect(crisis.textContent, text).to.contain(text);
        expect(crisis.querySelector('a')?.getAttribute('href') ?? null, text).to.equal(href);
        // The link dials the helpline; the emergency number follows as plain text.
        if (href) expect(crisis.querySelector('a')!.textContent, text).not.to.contain('emergency');
        if (href) expect(crisis.textContent, text).to.contain('in an emergency, call');
      }
    });

    it('offers a way to book through <attune-booking-cta>: booking-url, else the provider’s', async () => {
      const own = await fixture<El>(html`<attune-symptom-checklist booking-url="https://example.com/book?x=1"></attune-symptom-checklist>`);
      await show(own);
      expect($(own, 'attune-booking-cta').getAttribute('href')).to.equal('https://example.com/book?x=1');
      const wrapper = await fixture(html`<attune-provider booking-url="https://example.com/provider"><attune-symptom-checklist></attune-symptom-checklist></attune-provider>`);
      const inner = wrapper.querySelector('attune-symptom-checklist') as El;
      await show(inner);
      const cta = $(inner, 'attune-booking-cta') as HTMLElement & {updateComplete: Promise<unknown>};
      await cta.updateComplete;
      expect(cta.getAttribute('href')).to.equal('https://example.com/provider');
      expect(cta.shadowRoot!.querySelector('a')!.href).to.equal('https://example.com/provider');
      const none = await fixture<El>(html`<attune-symptom-checklist></attune-symptom-checklist>`);
      await show(none);
      expect($(none, 'attune-booking-cta')).to.equal(null);
    });

    it('refuses an unsafe booking-url with one console error, and links nowhere', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist booking-url="javascript:alert(1)"></attune-symptom-checklist>`);
      await show(el);
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.contain('<attune-symptom-checklist> booking-url="javascript:alert(1)"');
    });

    it('hides again when an answer changes, so it never shows stale results', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist></attune-symptom-checklist>`);
      await show(el);
      await answer(el, [0]);
      expect(result(el).textContent!.trim()).to.equal('');
    });

    it('colours its links with --attune-link-color (a page’s link colour cannot reach them), else the accent', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist region="US" style="--attune-accent: rgb(0, 100, 0)"></attune-symptom-checklist>`);
      await show(el);
      const tel = $(el, '[part~="crisis"] a');
      expect(getComputedStyle(tel).color).to.equal('rgb(0, 100, 0)');
      el.style.setProperty('--attune-link-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle(tel).color).to.equal('rgb(1, 2, 3)');
    });

    it('copies a plain-text summary to the clipboard', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist region="GB"></attune-symptom-checklist>`);
      let copied = '';
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (text: string) => void (copied = text)}});
      try {
        await answer(el, [0, 1]);
        await show(el);
        $(el, '[part~="copy"]').click();
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
      expect(copied.split('\n')).to.deep.equal([c.resultHeading, 'You recognised 2 of 5 patterns.', c.bands.some, c.disclaimer, 'If you need help now: In the UK, call Samaritans free on 116 123; in an emergency, call 999.']);
      // Said by a status region (a renamed focused button is not announced), the button kept as it was.
      const status = $(el, '[part~="copied"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal(c.copied);
      expect($(el, '[part~="copy"]').textContent!.trim()).to.equal(c.copy);
    });

    it('has the copy status region in place, empty, before anything is copied', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist></attune-symptom-checklist>`);
      await show(el);
      if (!navigator.clipboard) return;
      const status = $(el, '[part~="copied"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal('');
    });
  });

  describe('events', () => {
    it('fires a bubbling change for each answer', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist></attune-symptom-checklist>`);
      setTimeout(() => $$(el, 'input')[1].click());
      const event = await oneEvent(el, 'change');
      expect(event.bubbles).to.equal(true);
      expect(el.value).to.equal('abandonment');
    });

    it('fires attune-complete with only { mode, answered, total }', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist mode="rate"></attune-symptom-checklist>`);
      await answer(el, [4, 4, 4]);
      setTimeout(() => $(el, '[part~="show"]').click());
      const event = (await oneEvent(el, 'attune-complete')) as AttuneCompleteEvent;
      expect(Object.keys(event.detail).sort()).to.deep.equal(['answered', 'mode', 'total']);
      expect(event.detail).to.deep.equal({mode: 'rate', answered: 3, total: 5});
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('never reveals in check mode how many were ticked: every statement counts as answered', async () => {
      for (const ticks of [[], [0, 1, 2]]) {
        const el = await fixture<El>(html`<attune-symptom-checklist></attune-symptom-checklist>`);
        await answer(el, ticks);
        setTimeout(() => $(el, '[part~="show"]').click());
        const event = (await oneEvent(el, 'attune-complete')) as AttuneCompleteEvent;
        expect(event.detail).to.deep.equal({mode: 'check', answered: 5, total: 5});
      }
    });

    it('fires change when the visitor clears their answers', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist></attune-symptom-checklist>`);
      await answer(el, [0]);
      setTimeout(() => $(el, '[part~="clear"]').click());
      await oneEvent(el, 'change');
      expect(el.value).to.equal('');
    });
  });

  describe('progress', () => {
    it('shows progress at once and announces it politely once the visitor pauses', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist></attune-symptom-checklist>`);
      const live = $(el, '[aria-live="polite"]');
      await answer(el, [0]);
      await answer(el, [1]);
      expect($(el, '[part~="progress"]').textContent!.trim()).to.equal('2 of 5 selected');
      expect(live.textContent!.trim()).to.equal('0 of 5 selected');
      await new Promise((r) => setTimeout(r, 900));
      await el.updateComplete;
      expect(live.textContent!.trim()).to.equal('2 of 5 selected');
    });
  });

  describe('custom statements', () => {
    it('reads them from a child JSON script', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist>
        <script type="application/json">
          [{"id": "texts", "text": "I check my phone for replies a lot", "hint": "Even at night"}, {"id": "plans", "text": "I change plans to stay close"}]
        </script>
      </attune-symptom-checklist>`);
      const labels = $$(el, 'label').map((l) => l.textContent!.trim());
      expect(labels).to.deep.equal(['I check my phone for replies a lot', 'I change plans to stay close']);
      expect(shadowText(el)).to.contain('Even at night');
      expect(log.all).to.deep.equal([]);
    });

    it('falls back to the default statements with one console error for bad JSON', async () => {
      for (const bad of ['[{"id": "a", "text": ', '[]', '{"id": "a"}', '[{"id": 1, "text": 2}]']) {
        const el = document.createElement('attune-symptom-checklist') as El;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = bad;
        el.append(script);
        document.body.append(el);
        await el.updateComplete;
        expect($$(el, 'input'), bad).to.have.length(5);
        el.remove();
      }
      expect(log.errors).to.have.length(4);
      expect(log.errors[0]).to.contain('<attune-symptom-checklist> <script type="application/json">');
    });

    it('ignores inherited object keys and duplicate ids in custom statements', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist>
        <script type="application/json">[{"id": "constructor", "text": "A"}, {"id": "toString", "text": "B"}, {"id": "toString", "text": "Twice"}, {"id": "a,b", "text": "Comma"}]</script>
      </attune-symptom-checklist>`);
      expect($$(el, 'label').map((l) => l.textContent!.trim())).to.deep.equal(['A', 'B']);
      expect($$(el, 'input').some((i) => i.checked)).to.equal(false);
      expect(el.value).to.equal('');
      await answer(el, [1]);
      expect(el.value).to.equal('toString');
      expect(log.errors).to.have.length(1);
    });

    it('records an answer for any valid id, __proto__ included, so required can be met', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><attune-symptom-checklist name="r" mode="rate" required>
        <script type="application/json">[{"id": "__proto__", "text": "A"}, {"id": "b", "text": "B"}]</script>
      </attune-symptom-checklist></form>`);
      const el = form.querySelector('attune-symptom-checklist') as El;
      await answer(el, [3, 1]);
      expect(el.value).to.equal('__proto__:3,b:1');
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).get('r')).to.equal('__proto__:3,b:1');
    });

    it('keeps the valid items of a partly bad list, with one console error', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist>
        <script type="application/json">[{"id": "a", "text": "Kept"}, {"text": "no id"}]</script>
      </attune-symptom-checklist>`);
      expect($$(el, 'label').map((l) => l.textContent!.trim())).to.deep.equal(['Kept']);
      expect(log.errors).to.have.length(1);
    });
  });

  describe('privacy', () => {
    it('makes no request and writes no cookie or storage by default', async () => {
      sessionStorage.clear();
      localStorage.clear();
      const requests = performance.getEntriesByType('resource').length;
      const el = await fixture<El>(html`<attune-symptom-checklist booking-url="https://example.com/book"></attune-symptom-checklist>`);
      await answer(el, [0, 2, 4]);
      await show(el);
      expect(performance.getEntriesByType('resource').length).to.equal(requests);
      expect(sessionStorage.length + localStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
    });

    it('remembers answers in sessionStorage only with remember, and forgets them on clear', async () => {
      sessionStorage.clear();
      const el = await fixture<El>(html`<attune-symptom-checklist id="mine" remember></attune-symptom-checklist>`);
      await answer(el, [0, 3]);
      await el.updateComplete;
      expect(Object.values(sessionStorage)).to.deep.equal(['reassurance,closeness']);
      expect(localStorage.length).to.equal(0);
      el.remove();
      const again = await fixture<El>(html`<attune-symptom-checklist id="mine" remember></attune-symptom-checklist>`);
      expect(again.value).to.equal('reassurance,closeness');
      expect($$(again, 'input').map((i) => i.checked)).to.deep.equal([true, false, false, true, false]);
      $(again, '[part~="clear"]').click();
      await again.updateComplete;
      expect(sessionStorage.length).to.equal(0);
      expect(again.value).to.equal('');
    });

    /** Checklists made anew, as a reload of the page would make them (the old ones gone). */
    let page: HTMLElement | undefined;
    async function reload(markup: string) {
      page?.remove();
      const wrapper = (page = await fixture<HTMLElement>(html`<div></div>`));
      wrapper.innerHTML = markup;
      const els = [...wrapper.querySelectorAll('attune-symptom-checklist')] as El[];
      await Promise.all(els.map((el) => el.updateComplete));
      return els;
    }

    it('keeps two remembered checklists without ids apart, and their modes apart', async () => {
      sessionStorage.clear();
      const markup = '<attune-symptom-checklist remember></attune-symptom-checklist><attune-symptom-checklist remember mode="rate"></attune-symptom-checklist>';
      const [check, rate] = await reload(markup);
      await answer(check, [0, 2]);
      await answer(rate, [1, 4]);
      const [check2, rate2] = await reload(markup);
      expect(check2.value).to.equal('reassurance,overthinking');
      expect(rate2.value).to.equal('reassurance:1,abandonment:4');
      $(check2, '[part~="clear"]').click();
      await check2.updateComplete;
      const [, rate3] = await reload(markup);
      expect(rate3.value).to.equal('reassurance:1,abandonment:4');
    });

    it('keeps id="x" and name="x" apart', async () => {
      sessionStorage.clear();
      const markup = '<attune-symptom-checklist remember id="x"></attune-symptom-checklist><attune-symptom-checklist remember name="x"></attune-symptom-checklist>';
      const [byId, byName] = await reload(markup);
      await answer(byId, [0]);
      await answer(byName, [4]);
      const [byId2, byName2] = await reload(markup);
      expect([byId2.value, byName2.value]).to.deep.equal(['reassurance', 'highs-lows']);
    });

    it('clears what it stored even after its id changed', async () => {
      sessionStorage.clear();
      const [el] = await reload('<attune-symptom-checklist remember id="before"></attune-symptom-checklist>');
      await answer(el, [1]);
      el.id = 'after';
      $(el, '[part~="clear"]').click();
      await el.updateComplete;
      expect(sessionStorage.length).to.equal(0);
    });

    it('keeps nothing in session history without a name; with one, what a native field keeps', async () => {
      const frame = document.createElement('iframe');
      // (A tick after load: a navigation during the load event would replace the entry, not add one.)
      const loaded = () => new Promise((resolve) => frame.addEventListener('load', () => setTimeout(resolve, 50), {once: true}));
      const ready = async () => {
        const doc = frame.contentDocument!;
        await frame.contentWindow!.customElements.whenDefined('attune-symptom-checklist');
        const els = [...doc.querySelectorAll('attune-symptom-checklist')] as El[];
        await Promise.all(els.map((el) => el.updateComplete));
        return {native: doc.querySelector('input') as HTMLInputElement, named: els[0], nameless: els[1]};
      };
      try {
        let page = loaded();
        frame.src = '/test/fixtures/restore.html';
        document.body.append(frame);
        await page;
        const first = await ready();
        first.native.click();
        await answer(first.named, [0]);
        await answer(first.nameless, [1]);
        page = loaded();
        frame.contentWindow!.location.href = '/test/fixtures/booking.html';
        await page;
        page = loaded();
        frame.contentWindow!.history.back();
        await page;
        const back = await ready();
        await aTimeout(50);
        await back.named.updateComplete;
        expect(back.nameless.value, 'nameless').to.equal('');
        expect(back.named.value, 'named, as the native field').to.equal(back.native.checked ? 'reassurance' : '');
      } finally {
        frame.remove();
      }
    });
  });

  describe('forms', () => {
    it('submits the answers under its name in the documented format', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <attune-symptom-checklist name="reflection"></attune-symptom-checklist>
        <attune-symptom-checklist name="often" mode="rate"></attune-symptom-checklist>
      </form>`);
      const [check, rate] = form.querySelectorAll('attune-symptom-checklist') as NodeListOf<El>;
      expect(new FormData(form).has('reflection')).to.equal(false);
      await answer(check, [0, 2]);
      await answer(rate, [4, 0]);
      const data = new FormData(form);
      expect(data.get('reflection')).to.equal('reassurance,overthinking');
      expect(data.get('often')).to.equal('reassurance:4,abandonment:0');
    });

    it('required in rate mode: every statement rated, with a clear message, sending the visitor to the first gap', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><attune-symptom-checklist name="r" mode="rate" required></attune-symptom-checklist></form>`);
      const el = form.querySelector('attune-symptom-checklist') as El;
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(c.required);
      expect($$(el, 'input[name="q0"]').every((r) => r.required)).to.equal(true);
      await answer(el, [2, 2]);
      expect(form.checkValidity()).to.equal(false);
      el.reportValidity();
      expect((el.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('q2');
      await answer(el, [2, 2, 2, 2, 2]);
      expect(form.checkValidity()).to.equal(true);
    });

    it('required in check mode accepts ticking nothing: "none of these" is an answer', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><attune-symptom-checklist name="r" required></attune-symptom-checklist></form>`);
      expect(form.checkValidity()).to.equal(true);
    });

    it('says in its introduction that answers are sent only when the form is submitted', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist name="r"></attune-symptom-checklist>`);
      expect(textOf($(el, 'slot[name="intro"]'))).to.equal(c.introForm);
      const alone = await fixture<El>(html`<attune-symptom-checklist></attune-symptom-checklist>`);
      expect(textOf($(alone, 'slot[name="intro"]'))).to.equal(c.intro);
    });

    it('focus() goes to the first statement', async () => {
      const el = await fixture<El>(html`<attune-symptom-checklist></attune-symptom-checklist>`);
      el.focus();
      expect(el.shadowRoot!.activeElement === $$(el, 'input')[0]).to.equal(true);
    });

    it('clears on form reset and restores the browser’s saved state', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><attune-symptom-checklist name="r"></attune-symptom-checklist></form>`);
      const el = form.querySelector('attune-symptom-checklist') as El;
      await answer(el, [0, 1]);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect($$(el, 'input').some((i) => i.checked)).to.equal(false);
      el.formStateRestoreCallback('overthinking,highs-lows');
      await el.updateComplete;
      expect(el.value).to.equal('overthinking,highs-lows');
      expect($$(el, 'input').map((i) => i.checked)).to.deep.equal([false, false, true, false, true]);
    });

    it('is disabled with its fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><attune-symptom-checklist name="r"></attune-symptom-checklist></fieldset></form>`);
      const el = form.querySelector('attune-symptom-checklist') as El;
      await el.updateComplete;
      expect($$(el, 'input').every((i) => i.disabled)).to.equal(true);
    });
  });

  describe('layout', () => {
    it('lays out right to left for a right-to-left language, and keeps English left to right', async () => {
      registerPack({...structuredClone(en), locale: 'he', dir: 'rtl'});
      await packsReady();
      const english = await fixture(html`<div dir="rtl"><attune-symptom-checklist></attune-symptom-checklist></div>`);
      const en1 = english.querySelector('attune-symptom-checklist') as El;
      expect($$(en1, 'input')[0].getBoundingClientRect().left).to.be.lessThan($$(en1, 'label')[0].querySelector('span')!.getBoundingClientRect().left);
      const wrapper = await fixture(html`<div dir="rtl"><attune-symptom-checklist locale="he"></attune-symptom-checklist></div>`);
      const el = wrapper.querySelector('attune-symptom-checklist') as El;
      const box = $$(el, 'input')[0].getBoundingClientRect();
      const text = $$(el, 'label')[0].querySelector('span')!.getBoundingClientRect();
      expect(box.left).to.be.greaterThan(text.left);
    });

    it('fits 320px without horizontal scrolling, in both modes', async () => {
      for (const mode of ['check', 'rate']) {
        const {doc, remove} = await viewportFrame(
          `<attune-symptom-checklist mode="${mode}" booking-url="https://example.com/book" heading="Averyveryverylongheadingwordwithoutanyspacesatall"></attune-symptom-checklist>`,
        );
        const el = doc.querySelector('attune-symptom-checklist') as El;
        await show(el);
        expect(doc.documentElement.scrollWidth, mode).to.be.at.most(320);
        remove();
      }
    });
  });

  it('renders hostile text as text', async () => {
    const el = await fixture<El>(html`<attune-symptom-checklist heading=${'<img src=x onerror=alert(1)>' + 'x'.repeat(100_000)}>
      <script type="application/json">[{"id": "a", "text": "<b>bold?</b>", "hint": "<script>alert(1)<\\/script>"}]</script>
    </attune-symptom-checklist>`);
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect($(el, 'h2').textContent).to.contain('<img src=x');
    expect($(el, 'label').textContent!.trim()).to.equal('<b>bold?</b>');
  });
});
