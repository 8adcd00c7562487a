import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, nothing} from 'lit';
import {ContextConsumer} from '@lit/context';
import {AttuneProvider, anxiousAttachmentEn as en, configContext, registerPack, type AttuneConfig} from '../src/index.js';
// The one-element entry point, which also sets up late providers.
import '../src/define/explainer.js';
import {captureConsole} from './helpers.js';

/** A stand-in for any widget or page code that reads the shared configuration. */
class ConfigProbe extends LitElement {
  consumer = new ContextConsumer(this, {context: configContext, subscribe: true});
  get config(): AttuneConfig | undefined {
    return this.consumer.value;
  }
}
customElements.define('config-probe', ConfigProbe);

const heading = (el: Element) => el.shadowRoot!.querySelector('h1,h2,h3,h4,h5,h6')!.textContent!.trim();

describe('<attune-provider>', () => {
  let log: ReturnType<typeof captureConsole>;
  before(() => {
    const es = structuredClone(en);
    es.locale = 'es';
    es.sections['what-is'].heading = '¿Qué es el apego ansioso?';
    registerPack(es);
  });
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('is accessible and draws nothing of its own', async () => {
    const el = await fixture(html`<attune-provider theme="light"><p>Page text</p><attune-explainer></attune-explainer></attune-provider>`);
    await expect(el).to.be.accessible();
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('leaves the text of the page it wraps as the page styles it, with any theme (the widgets take the theme)', async () => {
    const looks = (el: Element) => ['color', 'font-family', 'line-height', 'overflow-wrap'].map((name) => `${name}: ${getComputedStyle(el).getPropertyValue(name)}`);
    for (const theme of [undefined, 'light', 'dark', 'auto']) {
      const page = await fixture(html`<div style="color: rgb(10, 20, 30); font: 17px/1.6 Georgia, serif">
        <p>Outside</p>
        <attune-provider theme=${theme ?? nothing}><p>Inside</p><attune-explainer section="what-is"></attune-explainer></attune-provider>
      </div>`);
      const [outside, inside] = page.querySelectorAll('p');
      expect(looks(inside), `theme=${theme}`).to.deep.equal(looks(outside));
      const explainer = page.querySelector('attune-explainer')!;
      await (explainer as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      if (theme === 'dark') expect(getComputedStyle(explainer.shadowRoot!.querySelector('h2')!).color, 'the widget takes the dark palette').to.equal('rgb(228, 238, 236)');
    }
  });

  it('hidden hides it and its content, even under a page rule that sets its display', async () => {
    const page = await fixture(html`<div><style>attune-provider { display: block; }</style><attune-provider hidden><p>Inside</p></attune-provider></div>`);
    const provider = page.querySelector('attune-provider') as AttuneProvider;
    await provider.updateComplete;
    expect(getComputedStyle(provider).display).to.equal('none');
    expect(page.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
  });

  it('shares every attribute with widgets inside', async () => {
    const el = await fixture(html`<attune-provider booking-url="/book?via=site#top" practice-name="Calm Harbour Counselling" locale="es" theme="dark" region="gb" topic="anxious-attachment">
      <div><config-probe></config-probe></div>
    </attune-provider>`);
    const probe = el.querySelector('config-probe') as ConfigProbe;
    expect(probe.config).to.deep.equal({
      bookingUrl: new URL('/book?via=site#top', location.href).href,
      practiceName: 'Calm Harbour Counselling',
      locale: 'es',
      theme: 'dark',
      region: 'GB',
      topic: 'anxious-attachment',
    });
    expect(log.all).to.deep.equal([]);
  });

  it('sets the language and theme of widgets inside; a widget attribute overrides it', async () => {
    const el = await fixture(html`<attune-provider locale="es" theme="dark">
      <attune-explainer id="inherits"></attune-explainer>
      <attune-explainer id="own" locale="en" theme="light"></attune-explainer>
    </attune-provider>`);
    const inherits = el.querySelector('#inherits')!;
    const own = el.querySelector('#own')!;
    expect(heading(inherits)).to.equal('¿Qué es el apego ansioso?');
    expect(heading(own)).to.equal(en.sections['what-is'].heading);
    const background = (x: Element) => getComputedStyle(x.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;
    expect(background(inherits)).to.equal('rgb(20, 32, 34)');
    expect(background(own)).to.equal('rgb(255, 255, 255)');
  });

  it('updates widgets when its attributes change', async () => {
    const el = await fixture<AttuneProvider>(html`<attune-provider><attune-explainer></attune-explainer></attune-provider>`);
    const explainer = el.querySelector('attune-explainer')!;
    expect(heading(explainer)).to.equal(en.sections['what-is'].heading);
    el.setAttribute('locale', 'es');
    await el.updateComplete;
    await explainer.updateComplete;
    expect(heading(explainer)).to.equal('¿Qué es el apego ansioso?');
  });

  it('merges nested providers: the inner one overrides only what it sets', async () => {
    const el = await fixture(html`<attune-provider practice-name="Outer" locale="es">
      <attune-provider practice-name="Inner"><config-probe></config-probe></attune-provider>
    </attune-provider>`);
    const probe = el.querySelector('config-probe') as ConfigProbe;
    expect(probe.config).to.include({practiceName: 'Inner', locale: 'es'});
  });

  it('reaches widgets that upgraded before the provider was registered', async () => {
    const el = await fixture(html`<late-provider locale="es"><attune-explainer></attune-explainer></late-provider>`);
    const explainer = el.querySelector('attune-explainer')!;
    expect(heading(explainer)).to.equal(en.sections['what-is'].heading);
    customElements.define('late-provider', class extends AttuneProvider {});
    await (el as AttuneProvider).updateComplete;
    await explainer.updateComplete;
    expect(heading(explainer)).to.equal('¿Qué es el apego ansioso?');
  });

  it('refuses a non-http(s) booking-url with one console error naming it', async () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'vbscript:x', 'http://[bad']) {
      const el = await fixture(html`<attune-provider booking-url=${bad}><config-probe></config-probe></attune-provider>`);
      expect((el.querySelector('config-probe') as ConfigProbe).config!.bookingUrl, bad).to.equal(undefined);
    }
    expect(log.errors).to.have.length(4);
    expect(log.errors[0]).to.contain('<attune-provider> booking-url="javascript:alert(1)"');
  });

  it('warns for a bad region and a bad theme, and shares neither', async () => {
    const el = await fixture(html`<attune-provider region="Narnia" theme="neon"><config-probe></config-probe></attune-provider>`);
    const config = (el.querySelector('config-probe') as ConfigProbe).config!;
    expect(config.region).to.equal(undefined);
    expect(config.theme).to.equal(undefined);
    expect(log.warnings).to.have.length(2);
    expect(log.warnings.join()).to.contain('region="Narnia"').and.to.contain('theme="neon"');
  });

  it('leaves widgets outside it alone', async () => {
    const el = await fixture(html`<div><attune-provider locale="es"></attune-provider><attune-explainer></attune-explainer></div>`);
    expect(heading(el.querySelector('attune-explainer')!)).to.equal(en.sections['what-is'].heading);
  });
});
