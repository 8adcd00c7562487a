import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import {anxiousAttachmentEn as en, registerPack, type AttuneExplainer, type AttuneToggleEvent} from '../src/index.js';
import {captureConsole, shadowText, viewportFrame, languageOf} from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

describe('<attune-explainer>', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  describe('accessibility', () => {
    for (const section of ['what-is', 'signs', 'origins', 'therapies', 'benefits', 'closing']) {
      it(`section="${section}" passes axe`, async () => {
        const el = await fixture(html`<attune-explainer section=${section}></attune-explainer>`);
        await expect(el).to.be.accessible();
      });
    }
    it('passes axe collapsed and expanded, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<AttuneExplainer>(html`<attune-explainer section="signs" collapsible theme=${theme}></attune-explainer>`);
        await expect(el).to.be.accessible();
        el.expanded = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
  });

  it('shows "what is" by default under a real h2', async () => {
    const el = await fixture(html`<attune-explainer></attune-explainer>`);
    const h2 = el.shadowRoot!.querySelector('h2')!;
    expect(h2.textContent!.trim()).to.equal(en.sections['what-is'].heading);
    expect(el.shadowRoot!.querySelectorAll('p')).to.have.length(en.sections['what-is'].intro!.length);
    expect(languageOf(part(el, 'base'))).to.equal('en');
    expect(log.all).to.deep.equal([]);
  });

  it('renders list sections as real lists with every item', async () => {
    for (const [section, count] of [['signs', 5], ['origins', 4], ['therapies', 6], ['benefits', 6]] as const) {
      const el = await fixture(html`<attune-explainer section=${section}></attune-explainer>`);
      const items = el.shadowRoot!.querySelectorAll('ul > li');
      expect(items, section).to.have.length(count);
      expect(items[0].querySelector('[part~="term"]')!.textContent).to.equal(en.sections[section].items![0].title);
    }
  });

  it('uses heading-level for the heading element, so it fits the page outline', async () => {
    for (const level of [1, 3, 4, 5, 6]) {
      const el = await fixture(html`<attune-explainer heading-level=${level}></attune-explainer>`);
      expect(el.shadowRoot!.querySelector(`h${level}`), `h${level}`).to.exist;
    }
    expect(log.all).to.deep.equal([]);
  });

  it('falls back to h2 with one warning for a bad heading-level', async () => {
    for (const bad of ['0', '7', 'abc', '2.5']) {
      const el = await fixture(html`<attune-explainer heading-level=${bad}></attune-explainer>`);
      expect(el.shadowRoot!.querySelector('h2'), bad).to.exist;
    }
    expect(log.warnings).to.have.length(4);
    expect(log.warnings[0]).to.contain('<attune-explainer> heading-level="0"');
  });

  it('warns once and shows "what-is" for an unknown section, however often it re-renders', async () => {
    const el = await fixture<AttuneExplainer>(html`<attune-explainer section="nope"></attune-explainer>`);
    el.heading = 'A';
    await el.updateComplete;
    el.heading = 'B';
    await el.updateComplete;
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.contain('<attune-explainer> section="nope"');
    expect(shadowText(el)).to.contain(en.sections['what-is'].intro![0].slice(0, 40));
  });

  it('takes its heading from the heading attribute or the heading slot', async () => {
    const byAttribute = await fixture(html`<attune-explainer heading="Our view"></attune-explainer>`);
    expect(byAttribute.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Our view');
    const bySlot = await fixture(html`<attune-explainer><span slot="heading">Slotted title</span></attune-explainer>`);
    const slot = bySlot.shadowRoot!.querySelector('h2 slot[name="heading"]') as HTMLSlotElement;
    expect(slot.assignedElements()[0].textContent).to.equal('Slotted title');
  });

  it('shows extra content from the default slot after the section', async () => {
    const el = await fixture(html`<attune-explainer><p id="own">Our practice's note.</p></attune-explainer>`);
    const slot = part(el, 'body').querySelector('slot:not([name])') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['own']);
  });

  describe('collapsible', () => {
    it('puts a button with aria-expanded inside the heading and hides the body', async () => {
      const el = await fixture<AttuneExplainer>(html`<attune-explainer section="origins" collapsible></attune-explainer>`);
      const button = el.shadowRoot!.querySelector('h2 > button')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(part(el, 'body').id);
      // until-found: hidden, yet the browser's find-in-page can still open it.
      expect(part(el, 'body').getAttribute('hidden')).to.equal('until-found');
      expect(part(el, 'body').getBoundingClientRect().height).to.equal(0);
    });

    it('opens on click, fires attune-toggle with { section, expanded }', async () => {
      const el = await fixture<AttuneExplainer>(html`<attune-explainer section="origins" collapsible></attune-explainer>`);
      const button = el.shadowRoot!.querySelector('button')!;
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'attune-toggle')) as AttuneToggleEvent;
      expect(event.detail).to.deep.equal({section: 'origins', expanded: true});
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      expect(el.hasAttribute('expanded')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(part(el, 'body').hasAttribute('hidden')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(4);
    });

    it('opens and closes from the keyboard, keeping focus on the button', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      const el = await fixture<AttuneExplainer>(html`<attune-explainer section="benefits" collapsible></attune-explainer>`);
      before.focus();
      await sendKeys({press: 'Tab'});
      const button = el.shadowRoot!.querySelector('button')!;
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      before.remove();
    });

    it('starts open with the expanded attribute; expanded alone (not collapsible) changes nothing', async () => {
      const open = await fixture(html`<attune-explainer collapsible expanded></attune-explainer>`);
      expect(part(open, 'body').hasAttribute('hidden')).to.equal(false);
      const plain = await fixture(html`<attune-explainer expanded></attune-explainer>`);
      expect(plain.shadowRoot!.querySelector('button')).to.equal(null);
      expect(part(plain, 'body').hasAttribute('hidden')).to.equal(false);
    });
  });

  describe('language', () => {
    before(() => {
      const es = structuredClone(en);
      es.locale = 'es';
      es.sections['what-is'].heading = '¿Qué es el apego ansioso?';
      registerPack(es);
    });

    it('uses the locale attribute, else the page language', async () => {
      const byAttribute = await fixture(html`<attune-explainer locale="es-MX"></attune-explainer>`);
      expect(byAttribute.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('¿Qué es el apego ansioso?');
      expect(languageOf(part(byAttribute, 'base'))).to.equal('es');
      const wrapper = await fixture(html`<div lang="es"><attune-explainer></attune-explainer></div>`);
      const byPage = wrapper.querySelector('attune-explainer')!;
      expect(byPage.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('¿Qué es el apego ansioso?');
      expect(log.all).to.deep.equal([]);
    });

    it('warns for a locale with no pack, a malformed locale and an unknown topic, and shows English', async () => {
      await fixture(html`<attune-explainer locale="fr"></attune-explainer>`);
      await fixture(html`<attune-explainer locale="<b>"></attune-explainer>`);
      const el = await fixture(html`<attune-explainer topic="grief"></attune-explainer>`);
      expect(log.warnings).to.have.length(3);
      expect(log.warnings.join('\n')).to.contain('locale="fr"').and.to.contain('locale="<b>"').and.to.contain('topic="grief"');
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(en.sections['what-is'].heading);
    });
  });

  describe('theme', () => {
    it('paints the light and dark palettes, and inherits the page colours without a theme', async () => {
      const wrapper = await fixture(html`<div style="color: rgb(10, 20, 30)">
        <attune-explainer></attune-explainer>
        <attune-explainer theme="light"></attune-explainer>
        <attune-explainer theme="dark"></attune-explainer>
      </div>`);
      const [plain, light, dark] = [...wrapper.querySelectorAll('attune-explainer')].map((el) => getComputedStyle(part(el, 'base')));
      expect(plain.color).to.equal('rgb(10, 20, 30)');
      expect(plain.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(light.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(dark.backgroundColor).to.equal('rgb(20, 32, 34)');
      expect(dark.color).to.equal('rgb(228, 238, 236)');
    });

    it('lets the page override tokens and style parts', async () => {
      const style = document.createElement('style');
      style.textContent = '.custom { --attune-accent: rgb(200, 0, 0); } .custom::part(heading) { letter-spacing: 3px; }';
      document.head.append(style);
      const el = await fixture(html`<attune-explainer class="custom" section="signs" theme="light"></attune-explainer>`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('li')!, '::marker').color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(part(el, 'heading')).letterSpacing).to.equal('3px');
      style.remove();
    });

    it('warns for an unknown theme', async () => {
      await fixture(html`<attune-explainer theme="purple"></attune-explainer>`);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('<attune-explainer> theme="purple"');
    });
  });

  it('fits a 320px wide screen without horizontal scrolling', async () => {
    const {doc, remove} = await viewportFrame(
      '<attune-explainer section="therapies" heading="Approaches with a very-long-unbreakable-wordthatkeepsgoing"></attune-explainer>',
    );
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    expect(doc.querySelector('attune-explainer')!.getBoundingClientRect().width).to.be.at.most(320);
    remove();
  });
});
