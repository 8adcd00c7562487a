import {expect} from '@open-wc/testing';
import * as api from '../src/index.js';
import {define} from '../src/internal/define.js';

describe('registration', () => {
  it('registers every element and exports its class', () => {
    expect(customElements.get('attune-provider')).to.equal(api.AttuneProvider);
    expect(customElements.get('attune-explainer')).to.equal(api.AttuneExplainer);
    expect(customElements.get('attune-symptom-checklist')).to.equal(api.AttuneSymptomChecklist);
    expect(customElements.get('attune-booking-cta')).to.equal(api.AttuneBookingCta);
    expect(document.createElement('attune-explainer')).to.be.instanceOf(api.AttuneExplainer);
  });

  it('does not throw when a second copy registers the same tags', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    define('attune-provider', class extends api.AttuneProvider {});
    define('attune-explainer', class extends api.AttuneExplainer {});
    await import('../src/define/provider.js');
    await import('../src/define/explainer.js');
    await import('../src/define/symptom-checklist.js');
    await import('../src/define/booking-cta.js');
    await import('../src/script-tag.js');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('attune-explainer')).to.equal(api.AttuneExplainer);
  });

  it('exports the content API and the context', () => {
    expect(api.getPack().topic).to.equal('anxious-attachment');
    expect(typeof api.registerPack).to.equal('function');
    expect(api.configContext).to.equal(Symbol.for('attune-config'));
  });
});
