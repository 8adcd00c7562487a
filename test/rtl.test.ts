import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {registerPack} from '../src/index.js';
import {arabicSample} from './samples/ar-sample.js';
import {viewportFrame, languageOf, directionOf} from './helpers.js';

const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"], [part~="banner"]') as HTMLElement;
const box = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

describe('right to left (an Arabic sample pack)', () => {
  before(() => registerPack(arabicSample()));

  it('lays every element out from the right, with lang="ar" dir="rtl", and passes axe', async () => {
    const wrapper = await fixture(html`<div lang="ar" dir="rtl" style="width: 600px">
      <attune-explainer section="signs"></attune-explainer>
      <attune-symptom-checklist mode="rate"></attune-symptom-checklist>
      <attune-booking-cta variant="banner" href="https://example.com/book"></attune-booking-cta>
    </div>`);
    const [explainer, checklist, cta] = [...wrapper.children];
    for (const el of [explainer, checklist, cta]) {
      expect(directionOf(base(el)), el.localName).to.equal('rtl');
      expect(languageOf(base(el)), el.localName).to.equal('ar');
    }
    // Headings and list text start at the right edge.
    const right = wrapper.getBoundingClientRect().right;
    expect(right - box(explainer, 'h2').right).to.be.below(40);
    expect(right - box(explainer, 'li').right).to.be.below(60);
    // Rate mode: "never" is the rightmost answer.
    const radios = [...checklist.shadowRoot!.querySelectorAll('fieldset[part~="item"]')[0].querySelectorAll('input')];
    expect(radios[0].getBoundingClientRect().left).to.be.greaterThan(radios[4].getBoundingClientRect().left);
    // The banner's button sits at the right.
    expect(right - box(cta, '[part~="button"]').right).to.be.below(60);
    await expect(wrapper).to.be.accessible();
  });

  it('check mode: each box is to the right of its statement; no overflow at 320px', async () => {
    const {doc, remove} = await viewportFrame('<div lang="ar" dir="rtl"><attune-symptom-checklist></attune-symptom-checklist></div>', {
      setup: "import {registerPack} from '/src/index.ts'; import {arabicSample} from '/test/samples/ar-sample.ts'; registerPack(arabicSample());",
    });
    const checklist = doc.querySelector('attune-symptom-checklist')!;
    expect(languageOf(checklist.shadowRoot!.querySelector('[part~="base"]')!)).to.equal('ar');
    const input = checklist.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    const text = checklist.shadowRoot!.querySelector('label span')!.getBoundingClientRect();
    expect(input.left).to.be.greaterThan(text.left);
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    remove();
  });
});
