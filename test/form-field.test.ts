import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {AttuneSymptomChecklist} from '../src/index.js';

// The checklist as a form field, beside a native one in the same form: where the web platform has
// a rule for fields (FormData, reset, disabled, validity, labels), both follow it alike.
type El = AttuneSymptomChecklist;

async function form(markup = '') {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<form>
    <label for="native">Native</label><input id="native" type="checkbox" name="native" />
    <label for="checklist">Checklist</label><attune-symptom-checklist id="checklist" name="checklist" ${markup}></attune-symptom-checklist>
  </form>`;
  const el = wrapper.querySelector('attune-symptom-checklist') as El;
  await el.updateComplete;
  return {form: wrapper.querySelector('form')!, native: wrapper.querySelector('#native') as HTMLInputElement, el};
}
const tick = (el: El, i = 0) => (el.shadowRoot!.querySelectorAll('input')[i] as HTMLInputElement).click();

describe('the checklist as a form field, beside a native one', () => {
  it('is in FormData at once when answered, and leaves it on reset', async () => {
    const {form: f, native, el} = await form();
    expect([...new FormData(f).keys()]).to.deep.equal([]);
    native.click();
    tick(el);
    // No await: the value is handed to the form synchronously, as a native field's.
    expect([...new FormData(f).keys()]).to.deep.equal(['native', 'checklist']);
    f.reset();
    expect([...new FormData(f).keys()]).to.deep.equal([]);
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('input')].some((i) => i.checked)).to.equal(false);
  });

  for (const how of ['a disabled fieldset', 'its own disabled attribute']) {
    it(`with ${how}: not submitted, not validated, its controls disabled`, async () => {
      const {form: f, native, el} = await form('mode="rate" required');
      native.click();
      tick(el);
      if (how === 'a disabled fieldset') {
        const fieldset = document.createElement('fieldset');
        f.prepend(fieldset);
        fieldset.append(...[...f.childNodes].filter((n) => n !== fieldset));
        fieldset.disabled = true;
      } else {
        native.disabled = true;
        el.disabled = true;
      }
      await el.updateComplete;
      expect([...new FormData(f).keys()]).to.deep.equal([]);
      expect([native.matches(':disabled'), el.matches(':disabled')]).to.deep.equal([true, true]);
      expect([native.willValidate, el.willValidate]).to.deep.equal([false, false]);
      expect(f.checkValidity()).to.equal(true);
      expect([...el.shadowRoot!.querySelectorAll('input')].every((i) => i.disabled)).to.equal(true);
    });
  }

  it('setCustomValidity makes it invalid with the page’s message until cleared', async () => {
    const {form: f, native, el} = await form();
    for (const field of [native, el]) field.setCustomValidity('Please answer first.');
    expect([native.validity.customError, el.validity.customError]).to.deep.equal([true, true]);
    expect([native.validationMessage, el.validationMessage]).to.deep.equal(['Please answer first.', 'Please answer first.']);
    expect([native.checkValidity(), el.checkValidity(), f.checkValidity()]).to.deep.equal([false, false, false]);
    for (const field of [native, el]) field.setCustomValidity('');
    expect([native.checkValidity(), el.checkValidity(), f.checkValidity()]).to.deep.equal([true, true, true]);
  });

  it('required in rate mode is missing a value until every statement is rated, as a required radio group', async () => {
    const {form: f, el} = await form('mode="rate" required');
    const group = document.createElement('div');
    group.innerHTML = '<input type="radio" name="often" value="1" required /><input type="radio" name="often" value="2" required />';
    f.append(group);
    const radio = group.querySelector('input')!;
    expect([radio.validity.valueMissing, el.validity.valueMissing]).to.deep.equal([true, true]);
    radio.click();
    const groups = el.shadowRoot!.querySelectorAll('fieldset[part~="item"]');
    groups.forEach((g) => (g.querySelector('input') as HTMLInputElement).click());
    expect([radio.validity.valueMissing, el.validity.valueMissing]).to.deep.equal([false, false]);
    expect(f.checkValidity()).to.equal(true);
  });

  it('has its labels and its form, as a native field', async () => {
    const {form: f, native, el} = await form();
    expect([native.labels!.length, el.labels.length]).to.deep.equal([1, 1]);
    expect(el.labels[0].textContent).to.equal('Checklist');
    expect([native.form, el.form]).to.deep.equal([f, f]);
  });
});
