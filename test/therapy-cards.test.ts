import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import {anxiousAttachmentEn as en, type AttuneTherapyCard, type AttuneTherapyCards, type AttuneToggleEvent} from '../src/index.js';
import {captureConsole, viewportFrame, languageOf} from './helpers.js';

type Updatable = HTMLElement & {updateComplete: Promise<unknown>};

/** The group's cards, once each has rendered. */
async function cardsOf(group: Element): Promise<AttuneTherapyCard[]> {
  const cards = [...group.shadowRoot!.querySelectorAll('attune-therapy-card'), ...group.querySelectorAll('attune-therapy-card')] as AttuneTherapyCard[];
  await Promise.all(cards.map((card) => card.updateComplete));
  // A card's "Ask about" is an <attune-booking-cta>, which renders in turn.
  await Promise.all(cards.flatMap((card) => [...card.shadowRoot!.querySelectorAll('attune-booking-cta')].map((cta) => (cta as Updatable).updateComplete)));
  return cards;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
const titleOf = (card: Element) => part(card, 'heading').textContent!.trim();
/** The href a visitor follows from a card's "Ask about …". */
const askHref = (card: Element) => {
  const cta = part(card, 'cta');
  return (cta.localName === 'a' ? (cta as HTMLAnchorElement) : (cta.shadowRoot!.querySelector('a') as HTMLAnchorElement)).href;
};
const askText = (card: Element) => {
  const cta = part(card, 'cta');
  return (cta.localName === 'a' ? cta : cta.shadowRoot!.querySelector('a')!).textContent!.replace(/\s+/g, ' ').trim();
};

describe('<attune-therapy-cards>', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('shows the six therapies of the pack, in the pack’s order, under the pack’s heading', async () => {
    const el = await fixture<AttuneTherapyCards>(html`<attune-therapy-cards></attune-therapy-cards>`);
    const cards = await cardsOf(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(en.sections.therapies.heading);
    expect(cards.map((card) => card.therapy)).to.deep.equal(['attachment-based', 'cbt', 'eft', 'mindfulness', 'trauma-inner-child', 'psychoeducation']);
    expect(cards.map(titleOf)).to.deep.equal(en.sections.therapies.items!.map((item) => item.title));
    expect(part(cards[1], 'summary').textContent!.trim()).to.equal(en.sections.therapies.items![1].text);
    expect(log.all).to.deep.equal([]);
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe collapsed and expanded (${theme})`, async () => {
        const el = await fixture<AttuneTherapyCards>(html`<attune-therapy-cards theme=${theme} booking-url="https://example.com/book"></attune-therapy-cards>`);
        const cards = await cardsOf(el);
        await expect(el).to.be.accessible();
        for (const card of cards) card.expanded = true;
        await cardsOf(el);
        expect(cards.every((card) => (part(card, 'details') as HTMLDetailsElement).open)).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('opens and closes with the keyboard; focus stays on the disclosure', async () => {
      const el = await fixture<AttuneTherapyCards>(html`<attune-therapy-cards therapies="cbt,eft"></attune-therapy-cards>`);
      const [cbt] = await cardsOf(el);
      const toggles: AttuneToggleEvent[] = [];
      el.addEventListener('attune-toggle', (e) => toggles.push(e));
      const summary = part(cbt, 'toggle');
      summary.focus();
      expect(cbt.shadowRoot!.activeElement).to.equal(summary);
      let toggled = oneEvent(part(cbt, 'details'), 'toggle');
      await sendKeys({press: 'Enter'});
      await toggled;
      expect((part(cbt, 'details') as HTMLDetailsElement).open).to.equal(true);
      expect(cbt.expanded).to.equal(true);
      expect(cbt.shadowRoot!.activeElement).to.equal(summary);
      expect(part(cbt, 'details').textContent).to.contain(en.sections.therapies.items![1].session);
      expect(part(cbt, 'details').textContent).to.contain(en.sections.therapies.items![1].helps);
      toggled = oneEvent(part(cbt, 'details'), 'toggle');
      await sendKeys({press: ' '});
      await toggled;
      expect(cbt.expanded).to.equal(false);
      expect(toggles.map((e) => e.detail)).to.deep.equal([
        {therapy: 'cbt', expanded: true},
        {therapy: 'cbt', expanded: false},
      ]);
      // The event crosses the shadow roots: the page sees it on the group.
      expect(toggles[0].composed && toggles[0].bubbles).to.equal(true);
    });

    it('names each disclosure after its therapy for screen readers', async () => {
      const el = await fixture<AttuneTherapyCards>(html`<attune-therapy-cards therapies="eft"></attune-therapy-cards>`);
      const [eft] = await cardsOf(el);
      expect(part(eft, 'toggle').textContent!.trim()).to.equal(`${en.cards.more} (${en.sections.therapies.items![2].title})`);
      expect(part(eft, 'card').getAttribute('aria-labelledby')).to.equal('heading');
    });
  });

  it('setting expanded opens the details without an attune-toggle', async () => {
    const card = await fixture<AttuneTherapyCard>(html`<attune-therapy-card therapy="mindfulness"></attune-therapy-card>`);
    let fired = 0;
    card.addEventListener('attune-toggle', () => fired++);
    const toggled = oneEvent(part(card, 'details'), 'toggle');
    card.expanded = true;
    await card.updateComplete;
    await toggled;
    expect((part(card, 'details') as HTMLDetailsElement).open).to.equal(true);
    expect(card.hasAttribute('expanded')).to.equal(true);
    expect(fired).to.equal(0);
  });

  describe('choosing cards', () => {
    it('therapies chooses and orders them', async () => {
      const el = await fixture(html`<attune-therapy-cards therapies="eft, cbt ,psychoeducation"></attune-therapy-cards>`);
      expect((await cardsOf(el)).map((card) => card.therapy)).to.deep.equal(['eft', 'cbt', 'psychoeducation']);
      expect(log.all).to.deep.equal([]);
    });

    it('skips unknown and repeated ids with one warning naming them', async () => {
      const el = await fixture(html`<attune-therapy-cards therapies="cbt,hypnosis,cbt,reiki"></attune-therapy-cards>`);
      expect((await cardsOf(el)).map((card) => card.therapy)).to.deep.equal(['cbt']);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('<attune-therapy-cards> therapies="hypnosis,reiki"');
      expect(log.warnings[0]).to.contain('attachment-based, cbt, eft');
    });

    it('shows all of them when none of the ids is known', async () => {
      const el = await fixture(html`<attune-therapy-cards therapies="reiki"></attune-therapy-cards>`);
      expect(await cardsOf(el)).to.have.length(6);
      expect(log.warnings).to.have.length(1);
    });
  });

  describe('headings', () => {
    it('puts the cards one level below the group heading', async () => {
      for (const level of [1, 2, 3, 4, 5]) {
        const el = await fixture(html`<attune-therapy-cards heading-level=${level} therapies="cbt"></attune-therapy-cards>`);
        const [card] = await cardsOf(el);
        expect(el.shadowRoot!.querySelector(`h${level}`), `group h${level}`).to.exist;
        expect(card.shadowRoot!.querySelector(`h${level + 1}`), `card h${level + 1}`).to.exist;
      }
      const deepest = await fixture(html`<attune-therapy-cards heading-level="6" therapies="cbt"></attune-therapy-cards>`);
      expect((await cardsOf(deepest))[0].shadowRoot!.querySelector('h6')).to.exist;
      expect(log.all).to.deep.equal([]);
    });

    it('a card alone uses h3 unless told otherwise', async () => {
      const card = await fixture(html`<attune-therapy-card therapy="cbt"></attune-therapy-card>`);
      expect(card.shadowRoot!.querySelector('h3')).to.exist;
      const h5 = await fixture(html`<attune-therapy-card therapy="cbt" heading-level="5"></attune-therapy-card>`);
      expect(h5.shadowRoot!.querySelector('h5')).to.exist;
    });

    it('heading and the heading slot replace the group heading text', async () => {
      const el = await fixture(html`<attune-therapy-cards heading="Ways we work"></attune-therapy-cards>`);
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Ways we work');
      const slotted = await fixture(html`<attune-therapy-cards><span slot="heading">How we can help</span></attune-therapy-cards>`);
      const slot = slotted.shadowRoot!.querySelector('h2 slot') as HTMLSlotElement;
      expect(slot.assignedNodes()[0].textContent).to.equal('How we can help');
    });
  });

  describe('asking about a therapy', () => {
    it('leads to the booking URL with the therapy id, keeping the URL’s query and hash', async () => {
      const el = await fixture(html`<attune-therapy-cards therapies="cbt,eft" booking-url="https://example.com/book?type=intro#slots"></attune-therapy-cards>`);
      const [cbt, eft] = await cardsOf(el);
      expect(askHref(cbt)).to.equal('https://example.com/book?type=intro&therapy=cbt#slots');
      expect(askHref(eft)).to.equal('https://example.com/book?type=intro&therapy=eft#slots');
      expect(askText(cbt)).to.equal(`Ask about ${en.sections.therapies.items![1].title}`);
      // Through <attune-booking-cta>, so the page gets its cancelable attune-book.
      expect(part(cbt, 'cta').localName).to.equal('attune-booking-cta');
      const booked = oneEvent(el, 'attune-book');
      const link = part(cbt, 'cta').shadowRoot!.querySelector('a')!;
      link.addEventListener('click', (e) => e.preventDefault());
      link.click();
      expect((await booked).detail.therapy).to.equal('cbt');
    });

    it('takes the URL from a provider; its own attribute wins', async () => {
      const provided = await fixture(html`<attune-provider booking-url="https://practice.example/book"><attune-therapy-cards therapies="eft"></attune-therapy-cards></attune-provider>`);
      const [fromProvider] = await cardsOf(provided.querySelector('attune-therapy-cards')!);
      expect(askHref(fromProvider)).to.equal('https://practice.example/book?therapy=eft');
      const own = await fixture(
        html`<attune-provider booking-url="https://practice.example/book"><attune-therapy-cards therapies="eft" booking-url="https://other.example/ask"></attune-therapy-cards></attune-provider>`,
      );
      const [overridden] = await cardsOf(own.querySelector('attune-therapy-cards')!);
      expect(askHref(overridden)).to.equal('https://other.example/ask?therapy=eft');
    });

    it('has no booking link when no booking URL is configured', async () => {
      const el = await fixture(html`<attune-therapy-cards therapies="cbt"></attune-therapy-cards>`);
      const [cbt] = await cardsOf(el);
      expect(part(cbt, 'cta')).to.equal(null);
      expect(log.all).to.deep.equal([]);
    });

    it('refuses a javascript: booking URL with one console error', async () => {
      const el = await fixture(html`<attune-therapy-cards booking-url="javascript:alert(1)"></attune-therapy-cards>`);
      const cards = await cardsOf(el);
      expect(cards.every((card) => part(card, 'cta') === null)).to.equal(true);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.contain('<attune-therapy-cards> booking-url="javascript:alert(1)"');
    });
  });

  describe('custom cards', () => {
    it('shows a practice’s own approach after the pack’s cards, from its slots', async () => {
      const el = await fixture(html`
        <attune-therapy-cards therapies="cbt" booking-url="https://example.com/book">
          <attune-therapy-card therapy="walk-and-talk">
            <span slot="heading">Walk-and-talk sessions</span>
            We meet outdoors and talk while walking.
            <p slot="details">Sessions take place on a quiet route near the practice.</p>
          </attune-therapy-card>
        </attune-therapy-cards>
      `);
      const cards = await cardsOf(el);
      expect(cards.map((card) => card.therapy)).to.deep.equal(['cbt', 'walk-and-talk']);
      const own = cards[1];
      const rects = cards.map((card) => card.getBoundingClientRect());
      expect(rects[1].top >= rects[0].top && (rects[1].top > rects[0].top || rects[1].left !== rects[0].left)).to.equal(true);
      expect((own.shadowRoot!.querySelector('slot[name="heading"]') as HTMLSlotElement).assignedNodes()[0].textContent).to.equal('Walk-and-talk sessions');
      expect(askHref(own)).to.equal('https://example.com/book?therapy=walk-and-talk');
      expect(askText(own)).to.equal('Ask about Walk-and-talk sessions');
      expect(part(own, 'toggle').textContent!.trim()).to.equal('What to expect (Walk-and-talk sessions)');
      // It follows the group: one level below its heading.
      expect(own.shadowRoot!.querySelector('h3')).to.exist;
      expect(log.all).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('renames its controls when the page edits the heading text later', async () => {
      const card = await fixture<AttuneTherapyCard>(html`<attune-therapy-card therapy="own" booking-url="https://example.com/book"><span slot="heading">Walk and talk</span></attune-therapy-card>`);
      await (part(card, 'cta') as Updatable).updateComplete;
      card.querySelector('span')!.firstChild!.textContent = 'Walking sessions';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await card.updateComplete;
      await (part(card, 'cta') as Updatable).updateComplete;
      expect(part(card, 'toggle').textContent!.trim()).to.equal('What to expect (Walking sessions)');
      expect(askText(card)).to.equal('Ask about Walking sessions');
    });

    it('warns about an unknown therapy id on a card without texts of its own', async () => {
      await fixture(html`<attune-therapy-card therapy="reiki"></attune-therapy-card>`);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('<attune-therapy-card> therapy="reiki"');
    });
  });

  describe('layout', () => {
    it('grid: several columns of equal-height cards on a wide screen', async () => {
      const {doc, remove} = await viewportFrame('<attune-therapy-cards booking-url="https://example.com/book"></attune-therapy-cards>', {width: 1000, height: 900});
      const rects = (await cardsOf(doc.querySelector('attune-therapy-cards')!)).map((card) => card.getBoundingClientRect());
      const firstRow = rects.filter((r) => Math.abs(r.top - rects[0].top) < 1);
      expect(firstRow.length).to.be.at.least(2);
      expect(new Set(firstRow.map((r) => Math.round(r.height))).size).to.equal(1);
      remove();
    });

    it('list: one card a row', async () => {
      const {doc, remove} = await viewportFrame('<attune-therapy-cards layout="list"></attune-therapy-cards>', {width: 1000, height: 900});
      const rects = (await cardsOf(doc.querySelector('attune-therapy-cards')!)).map((card) => card.getBoundingClientRect());
      expect(new Set(rects.map((r) => Math.round(r.left))).size).to.equal(1);
      remove();
    });

    it('fits a 320px wide screen in one column without horizontal scrolling', async () => {
      const {doc, remove} = await viewportFrame(
        '<attune-therapy-cards booking-url="https://example.com/book" heading="Approaches with a very-long-unbreakable-wordthatkeepsgoing"></attune-therapy-cards>',
      );
      const cards = await cardsOf(doc.querySelector('attune-therapy-cards')!);
      for (const card of cards) card.expanded = true;
      await cardsOf(doc.querySelector('attune-therapy-cards')!);
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      expect(new Set(cards.map((card) => Math.round(card.getBoundingClientRect().left))).size).to.equal(1);
      remove();
    });

    it('warns about an unknown layout and keeps the grid', async () => {
      await fixture(html`<attune-therapy-cards layout="masonry"></attune-therapy-cards>`);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('<attune-therapy-cards> layout="masonry"');
    });
  });

  it('is a list of cards for screen readers, the page’s own cards included', async () => {
    const el = await fixture(html`<attune-therapy-cards therapies="cbt,eft"><attune-therapy-card therapy="own"><span slot="heading">Own</span></attune-therapy-card></attune-therapy-cards>`);
    const cards = await cardsOf(el);
    expect(part(el, 'list').getAttribute('role')).to.equal('list');
    expect(cards.map((card) => card.getAttribute('role'))).to.deep.equal(['listitem', 'listitem', 'listitem']);
    await expect(el).to.be.accessible();
  });

  it('a card reused for another therapy starts closed when therapies is reordered', async () => {
    const el = await fixture<AttuneTherapyCards>(html`<attune-therapy-cards therapies="cbt,eft"></attune-therapy-cards>`);
    const [first] = await cardsOf(el);
    first.expanded = true;
    await first.updateComplete;
    el.therapies = 'eft,cbt';
    await el.updateComplete;
    const [eft, cbt] = await cardsOf(el);
    expect(eft.therapy).to.equal('eft');
    expect(eft.expanded).to.equal(false);
    expect(cbt.expanded).to.equal(false);
  });

  it('a card without a known therapy or a heading slot has no empty heading, and says why', async () => {
    const card = await fixture(html`<attune-therapy-card><p>Just a summary.</p></attune-therapy-card>`);
    expect(part(card, 'card').hasAttribute('aria-labelledby')).to.equal(false);
    expect((part(card, 'heading').parentElement as HTMLElement).hidden).to.equal(true);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.contain('<attune-therapy-card> therapy=""');
    await expect(card).to.be.accessible();
  });

  it('a bad heading-level on a card falls back to its default, h3', async () => {
    const card = await fixture(html`<attune-therapy-card therapy="cbt" heading-level="9"></attune-therapy-card>`);
    expect(card.shadowRoot!.querySelector('h3')).to.exist;
    expect(log.warnings[0]).to.contain('using 3');
  });

  it('does not stretch the group to its container’s height', async () => {
    const box = await fixture(html`<div style="height: 120px"><attune-therapy-cards therapies="cbt"></attune-therapy-cards></div>`);
    const group = box.firstElementChild as HTMLElement;
    await cardsOf(group);
    expect(group.getBoundingClientRect().height).to.be.greaterThan(120);
  });

  it('exposes the cards’ parts on the group for styling', async () => {
    const el = await fixture(html`<attune-therapy-cards therapies="cbt"></attune-therapy-cards>`);
    const [card] = await cardsOf(el);
    expect(card.getAttribute('exportparts')).to.contain('heading:card-heading');
    for (const name of ['card', 'heading', 'summary', 'details', 'toggle']) expect(part(card, name), name).to.exist;
  });
});

describe('<attune-therapy-cards> in Spanish', () => {
  it('shows the Spanish pack’s cards and labels with locale="es"', async () => {
    const {anxiousAttachmentEs: es} = await import('../src/locales/es.js');
    const el = await fixture(html`<attune-therapy-cards locale="es" therapies="cbt" booking-url="https://example.com/book"></attune-therapy-cards>`);
    const [cbt] = await cardsOf(el);
    expect(titleOf(cbt)).to.equal(es.sections.therapies.items!.find((item) => item.id === 'cbt')!.title);
    expect(askText(cbt)).to.equal(`Preguntar por ${titleOf(cbt)}`);
    expect(languageOf(part(cbt, 'card'))).to.equal('es');
  });

  it('the page’s own cards follow the group’s language', async () => {
    await import('../src/locales/es.js');
    const el = await fixture(html`<attune-therapy-cards locale="es" therapies="cbt"><attune-therapy-card therapy="own"><span slot="heading">Paseos</span></attune-therapy-card></attune-therapy-cards>`);
    const [, own] = await cardsOf(el);
    await own.updateComplete;
    expect(languageOf(part(own, 'card'))).to.equal('es');
    expect(part(own, 'toggle').textContent).to.contain('Qué esperar');
  });
});
