import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import {anxiousAttachmentEn as en, type AttuneBookEvent, type AttuneBookedEvent, type AttuneBookingCta} from '../src/index.js';
import {captureConsole, shiftTab, viewportFrame} from './helpers.js';

type El = AttuneBookingCta;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
const trigger = (el: Element) => $(el, '[part~="button"]') as HTMLAnchorElement & HTMLButtonElement;
const booking = new URL('/test/fixtures/booking.html', location.href).href;

/** Stops real navigations during tests, after the element has had its say; records what was left to happen. */
function guardNavigation() {
  const clicks: Array<{defaultPrevented: boolean}> = [];
  const onClick = (e: Event) => {
    clicks.push({defaultPrevented: e.defaultPrevented});
    e.preventDefault();
  };
  document.addEventListener('click', onClick);
  return {clicks, stop: () => document.removeEventListener('click', onClick)};
}

/** The dialog, once it is open (its code loads on the first open, so that takes a moment). */
async function dialogOpened(el: El) {
  for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('dialog[open]'); i++) await aTimeout(10);
  return $(el, 'dialog') as HTMLDialogElement;
}

async function openDialog(el: El) {
  trigger(el).click();
  return dialogOpened(el);
}

describe('<attune-booking-cta>', () => {
  let log: ReturnType<typeof captureConsole>;
  let nav: ReturnType<typeof guardNavigation>;
  beforeEach(() => {
    log = captureConsole();
    nav = guardNavigation();
  });
  afterEach(() => {
    nav.stop();
    log.restore();
  });

  describe('accessibility', () => {
    for (const variant of ['button', 'link', 'banner', 'floating']) {
      it(`variant="${variant}" passes axe`, async () => {
        const el = await fixture(html`<attune-booking-cta variant=${variant} href="https://example.com/book"></attune-booking-cta>`);
        await expect(el).to.be.accessible();
      });
    }
    it('passes axe with the dialog open, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<El>(html`<attune-booking-cta target="dialog" theme=${theme} practice-name="Calm Harbour" href=${booking}></attune-booking-cta>`);
        const dialog = await openDialog(el);
        await expect(el).to.be.accessible();
        dialog.close();
      }
    });
  });

  describe('progressive enhancement', () => {
    it('is a working link before the script runs, and takes its href and text after', async () => {
      const inert = document.implementation.createHTMLDocument('');
      inert.body.innerHTML = '<attune-booking-cta><a href="https://example.com/book">Book a first chat</a></attune-booking-cta>';
      const link = inert.querySelector('a')!;
      expect(link.href).to.equal('https://example.com/book');
      expect(inert.querySelector('attune-booking-cta')!.shadowRoot).to.equal(null);
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(document.adoptNode(inert.body.firstElementChild!));
      const el = wrapper.querySelector('attune-booking-cta') as El;
      await el.updateComplete;
      expect(trigger(el).getAttribute('href')).to.equal('https://example.com/book');
      expect(trigger(el).textContent!.trim()).to.equal('Book a first chat');
      // The original link is no longer shown: nothing is slotted into the default slot.
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
      expect(log.all).to.deep.equal([]);
    });
  });

  describe('the URL', () => {
    it('adds therapy and UTM parameters, keeping the URL’s own query and hash', async () => {
      const el = await fixture<El>(html`<attune-booking-cta
        href="https://example.com/book?type=intro#slots"
        therapy="cbt"
        utm-source="blog"
        utm-medium="article"
        utm-campaign="anxious attachment"
      ></attune-booking-cta>`);
      expect(trigger(el).getAttribute('href')).to.equal(
        'https://example.com/book?type=intro&therapy=cbt&utm_source=blog&utm_medium=article&utm_campaign=anxious+attachment#slots',
      );
    });

    it('forwards nothing from the page’s own URL', async () => {
      // (The test runner keeps its own session id in the page URL: add to it, then restore it.)
      const original = location.href;
      history.replaceState(null, '', `${location.search}&email=someone%40example.com&utm_source=page#private`);
      try {
        const el = await fixture<El>(html`<attune-booking-cta href="https://example.com/book"></attune-booking-cta>`);
        expect(trigger(el).getAttribute('href')).to.equal('https://example.com/book');
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('resolves relative URLs against the page', async () => {
      const el = await fixture<El>(html`<attune-booking-cta href="/book"></attune-booking-cta>`);
      expect(trigger(el).getAttribute('href')).to.equal(new URL('/book', location.href).href);
    });

    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'http://[broken', 'ftp://example.com/x']) {
      it(`refuses ${bad.slice(0, 16)}… with one console error and a disabled button`, async () => {
        const el = await fixture<El>(html`<attune-booking-cta href=${bad}></attune-booking-cta>`);
        const button = trigger(el);
        expect(button.localName).to.equal('button');
        expect(button.disabled).to.equal(true);
        expect(button.textContent!.trim()).to.equal(en.booking.label);
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        const before = location.href;
        button.click();
        expect(location.href).to.equal(before);
        expect(log.errors).to.have.length(1);
        expect(log.errors[0]).to.contain('<attune-booking-cta> href=');
      });
    }

    it('refuses an unsafe child link too', async () => {
      const el = await fixture<El>(html`<attune-booking-cta><a href="javascript:alert(1)">Book</a></attune-booking-cta>`);
      expect(trigger(el).disabled).to.equal(true);
      expect(log.errors[0]).to.contain('<a href> child');
    });

    it('warns and disables itself when there is no URL at all', async () => {
      const el = await fixture<El>(html`<attune-booking-cta></attune-booking-cta>`);
      expect(trigger(el).disabled).to.equal(true);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('<attune-booking-cta> href');
    });
  });

  describe('targets', () => {
    it('same tab: a real link that navigates', async () => {
      const el = await fixture<El>(html`<attune-booking-cta href="https://example.com/book"></attune-booking-cta>`);
      expect(trigger(el).hasAttribute('target')).to.equal(false);
      trigger(el).click();
      expect(nav.clicks.at(-1)!.defaultPrevented).to.equal(false);
    });

    it('new tab: target=_blank, rel=noopener, and says so to screen readers', async () => {
      const el = await fixture<El>(html`<attune-booking-cta target="new-tab" href="https://example.com/book"></attune-booking-cta>`);
      expect(trigger(el).target).to.equal('_blank');
      expect(trigger(el).rel).to.equal('noopener');
      expect(trigger(el).textContent).to.contain(en.ui.newTabHint);
    });

    it('warns for unknown variant and target values and falls back', async () => {
      const el = await fixture<El>(html`<attune-booking-cta variant="huge" target="popup" href="https://example.com/book"></attune-booking-cta>`);
      expect(trigger(el).localName).to.equal('a');
      expect(log.warnings.join()).to.contain('variant="huge"').and.to.contain('target="popup"');
    });
  });

  describe('events and analytics', () => {
    it('fires a cancelable attune-book with { href, target, therapy }', async () => {
      const el = await fixture<El>(html`<attune-booking-cta href="https://example.com/book" therapy="eft"></attune-booking-cta>`);
      setTimeout(() => trigger(el).click());
      const event = (await oneEvent(el, 'attune-book')) as AttuneBookEvent;
      expect(event.detail).to.deep.equal({href: 'https://example.com/book?therapy=eft', target: 'same', therapy: 'eft'});
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    });

    it('does not navigate or open anything when attune-book is cancelled', async () => {
      const link = await fixture<El>(html`<attune-booking-cta href="https://example.com/book"></attune-booking-cta>`);
      link.addEventListener('attune-book', (e) => e.preventDefault());
      trigger(link).click();
      expect(nav.clicks.at(-1)!.defaultPrevented).to.equal(true);
      const dialog = await fixture<El>(html`<attune-booking-cta target="dialog" href=${booking}></attune-booking-cta>`);
      dialog.addEventListener('attune-book', (e) => e.preventDefault());
      trigger(dialog).click();
      await dialog.updateComplete;
      await aTimeout(100);
      expect(!!dialog.shadowRoot!.querySelector('dialog, iframe')).to.equal(false);
    });

    it('pushes to dataLayer only with analytics="datalayer", and only variant and target', async () => {
      const w = window as unknown as {dataLayer?: unknown[]};
      w.dataLayer = [];
      const quiet = await fixture<El>(html`<attune-booking-cta href="https://example.com/book"></attune-booking-cta>`);
      trigger(quiet).click();
      expect(w.dataLayer).to.deep.equal([]);
      const opted = await fixture<El>(html`<attune-booking-cta analytics="datalayer" variant="banner" therapy="cbt" href="https://example.com/book"></attune-booking-cta>`);
      trigger(opted).click();
      expect(w.dataLayer).to.deep.equal([{event: 'attune_book_click', variant: 'banner', target: 'same'}]);
      delete w.dataLayer;
      trigger(opted).click(); // no dataLayer on the page: nothing happens, nothing throws
      expect(log.all).to.deep.equal([]);
    });
  });

  describe('dialog', () => {
    it('tells screen readers the trigger opens a dialog (once), and says "new tab" once on the dialog’s link', async () => {
      const el = await fixture<El>(html`<attune-booking-cta target="dialog" href=${booking}></attune-booking-cta>`);
      const same = await fixture<El>(html`<attune-booking-cta href=${booking}></attune-booking-cta>`);
      const name = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
      expect(trigger(el).getAttribute('aria-haspopup')).to.equal('dialog');
      // aria-haspopup is what says "dialog" (Orca: "opens dialog"); a hidden hint as well said it twice.
      expect(name(trigger(el))).to.equal(en.booking.label);
      expect(name(trigger(same))).to.equal(en.booking.label);
      await openDialog(el);
      expect(name($(el, '[part~="new-tab"]'))).to.equal(en.booking.newTab);
      // Focus lands on Close, described by the dialog's title: screen readers say whose dialog it is.
      const close = $(el, '[part~="close"]');
      expect(el.shadowRoot!.activeElement === close).to.equal(true);
      expect(el.shadowRoot!.getElementById(close.getAttribute('aria-describedby')!)!.textContent).to.equal(el.shadowRoot!.querySelector('dialog h2')!.textContent);
      ($(el, 'dialog') as HTMLDialogElement).close();
    });

    it('keeps “Close” whole at 320px: the title row never breaks inside a word', async () => {
      const {doc, remove} = await viewportFrame(`<attune-booking-cta target="dialog" practice-name="Calm Harbour Counselling and Psychotherapy" href="${booking}"></attune-booking-cta>`);
      try {
        const el = doc.querySelector('attune-booking-cta') as El;
        trigger(el).click();
        await dialogOpened(el);
        const close = $(el, '[part~="close"]');
        const range = doc.createRange();
        range.selectNodeContents(close);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        expect(lines.size, 'lines of the Close button').to.equal(1);
        ($(el, 'dialog') as HTMLDialogElement).close();
      } finally {
        remove();
      }
    });

    it('Shift+Tab from inside the booking page reaches the new-tab link, then Close', async () => {
      const el = await fixture<El>(html`<attune-booking-cta target="dialog" href=${`${booking}?focusable`}></attune-booking-cta>`);
      const dialog = await openDialog(el);
      const frame = $(el, 'iframe') as HTMLIFrameElement;
      if (!frame.contentDocument?.querySelector('button')) await oneEvent(frame, 'load');
      frame.focus();
      frame.contentDocument!.querySelector('button')!.focus();
      await shiftTab();
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('new-tab');
      await shiftTab();
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('close');
      dialog.close();
    });

    it('makes no request and has no frame before the click', async () => {
      const requests = performance.getEntriesByType('resource').length;
      const el = await fixture<El>(html`<attune-booking-cta target="dialog" href=${booking}></attune-booking-cta>`);
      await aTimeout(50);
      expect(!!el.shadowRoot!.querySelector('iframe, dialog')).to.equal(false);
      expect(performance.getEntriesByType('resource').length).to.equal(requests);
      expect(trigger(el).getAttribute('aria-haspopup')).to.equal('dialog');
    });

    it('opens a modal dialog titled with the practice name, with a titled frame and a new-tab link', async () => {
      const el = await fixture<El>(html`<attune-booking-cta target="dialog" practice-name="Calm Harbour" href=${booking}></attune-booking-cta>`);
      const dialog = await openDialog(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const title = $(el, '#' + dialog.getAttribute('aria-labelledby')).textContent!.trim();
      expect(title).to.equal('Book a session with Calm Harbour');
      const frame = $(el, 'iframe') as HTMLIFrameElement;
      expect(frame.title).to.equal(title);
      expect(frame.src).to.equal(booking);
      const newTab = $(el, '[part~="new-tab"]') as HTMLAnchorElement;
      expect(newTab.href).to.equal(booking);
      expect(newTab.target).to.equal('_blank');
      expect(dialog.contains(document.activeElement) || dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
      dialog.close();
    });

    it('closes with Escape and the close button, returning focus to the trigger without a scroll jump', async () => {
      const el = await fixture<El>(html`<div style="height: 150vh"></div><attune-booking-cta target="dialog" href=${booking}></attune-booking-cta><div style="height: 150vh"></div>`).then(
        (first) => first.parentElement!.querySelector('attune-booking-cta') as El,
      );
      trigger(el).scrollIntoView({block: 'center'});
      const scrolled = scrollY;
      trigger(el).focus();
      await sendKeys({press: 'Enter'});
      const dialog = await dialogOpened(el);
      expect(dialog.open).to.equal(true);
      let closing = oneEvent(dialog, 'close');
      await sendKeys({press: 'Escape'});
      await closing;
      await el.updateComplete;
      // (Booleans, not elements: a failing assertion on a dialog holding a frame is slow to print.)
      expect(!!el.shadowRoot!.querySelector('dialog')).to.equal(false);
      expect(el.shadowRoot!.activeElement === trigger(el)).to.equal(true);
      expect(scrollY).to.equal(scrolled);
      const again = await openDialog(el);
      closing = oneEvent(again, 'close');
      $(el, '[part~="close"]').click();
      await closing;
      await el.updateComplete;
      expect(!!el.shadowRoot!.querySelector('dialog')).to.equal(false);
      expect(el.shadowRoot!.activeElement === trigger(el)).to.equal(true);
    });

    for (const [post, provider] of [['calendly', 'calendly'], ['cal', 'cal.com']]) {
      it(`reports a ${provider} booking from its own frame as attune-booked, with no personal data`, async () => {
        const el = await fixture<El>(html`<attune-booking-cta target="dialog" href=${`${booking}?post=${post}`}></attune-booking-cta>`);
        setTimeout(() => openDialog(el));
        const event = (await oneEvent(el, 'attune-booked')) as AttuneBookedEvent;
        expect(event.detail).to.deep.equal({provider});
        ($(el, 'dialog') as HTMLDialogElement).close();
      });
    }

    it('ignores booking messages from another origin or another window', async () => {
      const el = await fixture<El>(html`<attune-booking-cta target="dialog" href=${booking}></attune-booking-cta>`);
      const dialog = await openDialog(el);
      const frame = $(el, 'iframe') as HTMLIFrameElement;
      let booked = 0;
      el.addEventListener('attune-booked', () => booked++);
      const data = {event: 'calendly.event_scheduled', payload: {}};
      window.dispatchEvent(new MessageEvent('message', {data, origin: 'https://evil.example', source: frame.contentWindow}));
      window.dispatchEvent(new MessageEvent('message', {data, origin: location.origin, source: window}));
      window.dispatchEvent(new MessageEvent('message', {data: '{not json', origin: location.origin, source: frame.contentWindow}));
      expect(booked).to.equal(0);
      window.dispatchEvent(new MessageEvent('message', {data, origin: location.origin, source: frame.contentWindow}));
      expect(booked).to.equal(1);
      const closing = oneEvent(dialog, 'close');
      dialog.close();
      await closing;
      window.dispatchEvent(new MessageEvent('message', {data, origin: location.origin, source: frame.contentWindow}));
      expect(booked).to.equal(1);
    });

    describe('when the page changes the URL while the dialog is open', () => {
      const uncaught: unknown[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(e.message);
      const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
      beforeEach(() => {
        uncaught.length = 0;
        addEventListener('error', onError);
        addEventListener('unhandledrejection', onRejection);
      });
      afterEach(() => {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onRejection);
      });

      for (const [change, apply] of [
        ['removing href', (el: El) => el.removeAttribute('href')],
        ['href=""', (el: El) => el.setAttribute('href', '')],
        ['href="javascript:…"', (el: El) => el.setAttribute('href', 'javascript:alert(1)')],
      ] as const) {
        it(`${change}: the dialog closes, the button is disabled, a late booked message is ignored`, async () => {
          const el = await fixture<El>(html`<attune-booking-cta target="dialog" href=${`${booking}?post=none`}></attune-booking-cta>`);
          await openDialog(el);
          const frame = $(el, 'iframe') as HTMLIFrameElement;
          const source = frame.contentWindow;
          let booked = 0;
          el.addEventListener('attune-booked', () => booked++);
          apply(el);
          await el.updateComplete;
          await aTimeout(0);
          expect(!!el.shadowRoot!.querySelector('dialog, iframe')).to.equal(false);
          expect(trigger(el).disabled).to.equal(true);
          let late: MessageEvent | undefined;
          try {
            late = new MessageEvent('message', {data: {event: 'calendly.event_scheduled'}, origin: location.origin, source});
          } catch {
            // WebKit: a removed frame's window cannot even be a message source any more.
          }
          if (late) window.dispatchEvent(late);
          expect(booked).to.equal(0);
          expect(uncaught).to.deep.equal([]);
          expect(log.all).to.have.length(1);
          expect(log.all[0]).to.match(/^\[attune\] <attune-booking-cta> href/);
        });
      }

      it('a cross-origin URL never loads in the unsandboxed frame of a same-origin one', async () => {
        const el = await fixture<El>(html`<attune-booking-cta target="dialog" href=${booking}></attune-booking-cta>`);
        await openDialog(el);
        const first = $(el, 'iframe') as HTMLIFrameElement;
        expect(first.hasAttribute('sandbox')).to.equal(false);
        // Every src a frame is given, with the sandbox it had at that moment.
        const seen: Array<{src: string; sandbox: string | null; same: boolean}> = [];
        const record = (frame: HTMLIFrameElement) => seen.push({src: frame.getAttribute('src')!, sandbox: frame.getAttribute('sandbox'), same: frame === first});
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'attributes' && r.attributeName === 'src') record(r.target as HTMLIFrameElement);
            for (const node of r.addedNodes) if (node instanceof HTMLIFrameElement) record(node);
          }
        });
        observer.observe(el.shadowRoot!, {subtree: true, childList: true, attributes: true, attributeFilter: ['src']});
        const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
        const crossOrigin = `${location.protocol}//${other}:${location.port}/test/fixtures/booking.html`;
        el.href = crossOrigin;
        await el.updateComplete;
        observer.disconnect();
        const now = $(el, 'iframe') as HTMLIFrameElement;
        expect(now.getAttribute('src')).to.equal(crossOrigin);
        expect(now.getAttribute('sandbox')).to.contain('allow-scripts');
        expect(seen.filter((s) => s.src === crossOrigin).map((s) => ({same: s.same, sandboxed: !!s.sandbox}))).to.deep.equal([{same: false, sandboxed: true}]);
        ($(el, 'dialog') as HTMLDialogElement).close();
      });

      it('a CTA removed by an attune-book listener opens nothing and throws nothing', async () => {
        const wrapper = await fixture(html`<div><attune-booking-cta target="dialog" href=${booking}></attune-booking-cta></div>`);
        const el = wrapper.querySelector('attune-booking-cta') as El;
        el.addEventListener('attune-book', () => el.remove(), {once: true});
        trigger(el).click();
        await el.updateComplete;
        await aTimeout(200);
        expect(uncaught).to.deep.equal([]);
        expect(!!el.shadowRoot!.querySelector('dialog[open]')).to.equal(false);
        // Put back, it still works.
        wrapper.append(el);
        await el.updateComplete;
        const dialog = await openDialog(el);
        expect(dialog.open).to.equal(true);
        dialog.close();
      });
    });

    it('asks Calendly and Cal.com for their embed view inside the dialog only', async () => {
      const calendly = await fixture<El>(html`<attune-booking-cta target="dialog" href="https://calendly.com/calm-harbour/intro"></attune-booking-cta>`);
      // A link (it works before and without the script) that says it opens a dialog.
      expect(trigger(calendly).localName).to.equal('a');
      expect(trigger(calendly).getAttribute('aria-haspopup')).to.equal('dialog');
      calendly.addEventListener('attune-book', (e) => e.preventDefault());
      const cal = await fixture<El>(html`<attune-booking-cta target="new-tab" href="https://cal.com/calm-harbour/intro"></attune-booking-cta>`);
      expect(trigger(cal).getAttribute('href')).to.equal('https://cal.com/calm-harbour/intro');
    });
  });

  it('keeps several CTAs on one page independent', async () => {
    const wrapper = await fixture(html`<div>
      <attune-booking-cta target="dialog" href=${booking} practice-name="One"></attune-booking-cta>
      <attune-booking-cta target="dialog" href=${booking} practice-name="Two"></attune-booking-cta>
    </div>`);
    const [one, two] = wrapper.querySelectorAll('attune-booking-cta') as NodeListOf<El>;
    const dialog = await openDialog(two);
    expect(!!one.shadowRoot!.querySelector('dialog')).to.equal(false);
    expect($(two, 'h2').textContent).to.contain('Two');
    dialog.close();
  });

  it('takes the URL and practice name from a provider; its own attributes win', async () => {
    const wrapper = await fixture(html`<attune-provider booking-url="https://example.com/provider" practice-name="Provider Practice">
      <attune-booking-cta id="inherits" target="dialog"></attune-booking-cta>
      <attune-booking-cta id="own" href="https://example.com/own"></attune-booking-cta>
    </attune-provider>`);
    const inherits = wrapper.querySelector('#inherits') as El;
    const own = wrapper.querySelector('#own') as El;
    expect(trigger(own).getAttribute('href')).to.equal('https://example.com/own');
    inherits.addEventListener('attune-book', (e) => e.preventDefault(), {once: true});
    setTimeout(() => trigger(inherits).click());
    const event = (await oneEvent(inherits, 'attune-book')) as AttuneBookEvent;
    expect(event.detail.href).to.equal('https://example.com/provider');
  });

  describe('variants', () => {
    it('banner: heading, text and button from the content pack, each replaceable by a slot', async () => {
      const el = await fixture<El>(html`<attune-booking-cta variant="banner" heading-level="3" href="https://example.com/book"></attune-booking-cta>`);
      expect($(el, 'h3').textContent!.trim()).to.equal(en.booking.heading);
      expect($(el, '[part~="text"]').textContent!.trim()).to.equal(en.booking.text);
      const slotted = await fixture<El>(html`<attune-booking-cta variant="banner" href="https://example.com/book">
        <span slot="heading">Ready to talk?</span><span slot="text">First sessions are free.</span><span slot="label">Pick a time</span>
      </attune-booking-cta>`);
      const names = [...slotted.shadowRoot!.querySelectorAll('slot')].map((s) => (s as HTMLSlotElement).assignedElements().map((e) => e.textContent).join());
      expect(names).to.include.members(['Ready to talk?', 'First sessions are free.', 'Pick a time']);
    });

    it('floating: fixed in the corner, reserving its own room, inside a 320px screen', async () => {
      const {doc, win, remove} = await viewportFrame('<attune-booking-cta variant="floating" href="https://example.com/book"></attune-booking-cta>');
      const el = doc.querySelector('attune-booking-cta')!;
      const box = trigger(el).getBoundingClientRect();
      expect(win.getComputedStyle(trigger(el)).position).to.equal('fixed');
      expect(box.right).to.be.at.most(320);
      expect(box.bottom).to.be.at.most(640);
      expect(el.getBoundingClientRect().height).to.be.at.least(box.height);
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      remove();
    });
  });

  describe('floating: focused elements stay clear of it', () => {
    const links = Array.from({length: 30}, (_, i) => `<p>Paragraph ${i}, with <a href="#p${i}">a link</a> in it.</p>`).join('');
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

    for (const width of [320, 390]) {
      it(`at ${width}px, every link Tab reaches is scrolled clear of the button`, async () => {
        const {doc, remove} = await viewportFrame(`${links}<attune-booking-cta variant="floating" href="https://example.com/book"></attune-booking-cta>`, {width, height: 640});
        try {
          await aTimeout(50); // (the room is kept by a module the floating variant loads)
          const button = trigger(doc.querySelector('attune-booking-cta')!);
          const covered: string[] = [];
          for (const link of doc.querySelectorAll('p a')) {
            (link as HTMLElement).focus();
            await new Promise((resolve) => requestAnimationFrame(resolve));
            if (overlaps(link.getBoundingClientRect(), button.getBoundingClientRect())) covered.push(link.getAttribute('href')!);
          }
          expect(covered).to.deep.equal([]);
        } finally {
          remove();
        }
      });
    }

    it('gives the room back when the last floating button goes, and yields to the page’s own scroll-padding', async () => {
      const {doc, win, remove} = await viewportFrame(`${links}<attune-booking-cta variant="floating" href="https://example.com/book"></attune-booking-cta>`);
      try {
        const padding = () => win.getComputedStyle(doc.documentElement).scrollPaddingBlockEnd;
        await aTimeout(50);
        expect(parseFloat(padding())).to.be.above(40);
        const style = doc.createElement('style');
        style.textContent = 'html { scroll-padding-block-end: 7px; }';
        doc.head.append(style);
        expect(padding()).to.equal('7px');
        style.remove();
        doc.querySelector('attune-booking-cta')!.remove();
        await aTimeout(50);
        expect(padding()).to.equal('auto');
      } finally {
        remove();
      }
    });
  });

  it('renders hostile labels as text and encodes hostile parameters', async () => {
    const el = await fixture<El>(html`<attune-booking-cta href="https://example.com/book" label="<img src=x onerror=alert(1)>" therapy="&quot;><script>x</script>"></attune-booking-cta>`);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(trigger(el).textContent).to.contain('<img src=x');
    expect(new URL(trigger(el).href).searchParams.get('therapy')).to.equal('"><script>x</script>');
  });
});
