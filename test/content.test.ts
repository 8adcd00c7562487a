import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {anxiousAttachmentEn as en, anxiousAttachmentEs as es, crisisLine, format, getPack, registerPack, type AttuneSymptomChecklist, type ContentPack} from '../src/index.js';
import {captureConsole, shadowText} from './helpers.js';

describe('content pack: anxious-attachment / en', () => {
  it('covers every section of the source article', () => {
    const s = en.sections;
    expect(s['what-is'].intro).to.have.length.greaterThan(0);
    expect(s.signs.items?.map((i) => i.id)).to.deep.equal(['reassurance', 'abandonment', 'overthinking', 'closeness', 'highs-lows']);
    expect(s.origins.items).to.have.length(4);
    expect(s.therapies.items?.map((i) => i.id)).to.deep.equal(['attachment-based', 'cbt', 'eft', 'mindfulness', 'trauma-inner-child', 'psychoeducation']);
    expect(s.benefits.items?.map((i) => i.id)).to.deep.equal(['self-awareness', 'regulation', 'communication', 'past-wounds', 'secure-attachment', 'self-esteem']);
    expect(s.closing.intro).to.have.length.greaterThan(0);
    for (const therapy of s.therapies.items ?? []) {
      expect(therapy.title && therapy.text && therapy.session && therapy.helps, therapy.id).to.be.ok;
    }
  });

  it('has crisis lines for the US, Canada, the UK, Ireland and Australia, and a default', () => {
    expect(crisisLine(en, 'US').text).to.contain('988');
    expect(crisisLine(en, 'CA').text).to.contain('988');
    expect(crisisLine(en, 'GB').text).to.contain('116 123');
    expect(crisisLine(en, 'ie').text).to.contain('116 123');
    expect(crisisLine(en, 'AU').text).to.contain('13 11 14');
    expect(crisisLine(en, 'FR').text).to.contain('emergency');
    expect(crisisLine(en, undefined, 'en-GB').text).to.contain('116 123');
    expect(crisisLine(en).text).to.contain('emergency');
  });

  it('never labels the reader', () => {
    const all = JSON.stringify(en).toLowerCase();
    for (const label of ['you have anxious attachment', 'you are anxiously attached', 'your diagnosis', 'you suffer']) {
      expect(all).not.to.contain(label);
    }
    expect(en.checklist.disclaimer).to.match(/not a diagnosis/);
    expect(en.checklist.disclaimer).to.match(/not a validated measure/);
  });

  it('formats placeholders and leaves unknown ones alone', () => {
    expect(format(en.checklist.progress, {answered: 2, total: 5})).to.equal('2 of 5 answered');
    expect(format('{a} {b}', {a: 1})).to.equal('1 {b}');
    // Only the values' own keys: never what every object inherits.
    expect(format('{constructor} {toString} {__proto__}', {})).to.equal('{constructor} {toString} {__proto__}');
  });
});

describe('registerPack()', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('registers a complete pack silently and resolves locales to it', () => {
    const pack: ContentPack = {...structuredClone(en), locale: 'en-x-test', title: 'Test title'};
    expect(registerPack(pack)).to.equal(true);
    expect(log.all).to.deep.equal([]);
    expect(getPack('anxious-attachment', 'en-x-test').title).to.equal('Test title');
  });

  it('resolves a regional locale to its language, then to English', () => {
    registerPack({...structuredClone(en), locale: 'pt', title: 'Apego ansioso'});
    expect(getPack('anxious-attachment', 'pt-BR').title).to.equal('Apego ansioso');
    expect(getPack('anxious-attachment', 'de-AT').locale).to.equal('en');
    expect(getPack('no-such-topic', 'en').topic).to.equal('anxious-attachment');
  });

  it('names every missing or malformed text in one console warning and fills it from English', () => {
    const partial = structuredClone(en) as unknown as Record<string, any>;
    partial.locale = 'nl';
    delete partial.title;
    partial.sections.signs.heading = '';
    partial.checklist.scale = ['Nooit', 'Soms'];
    partial.sections.signs.items = [{id: 'a', title: 'Titel', text: 'Tekst'}, {id: 'b', title: 42}];
    partial.crisis.regions = {NL: {where: 'In Nederland', text: 'bel 113'}, XX: {where: 'nowhere'}};
    expect(registerPack(partial)).to.equal(true);
    expect(log.warnings).to.have.length(1);
    expect(log.errors).to.have.length(0);
    for (const path of ['title', 'sections.signs.heading', 'checklist.scale', 'sections.signs.items[1].title', 'crisis.regions.XX.text']) {
      expect(log.warnings[0]).to.contain(path);
    }
    const nl = getPack('anxious-attachment', 'nl');
    expect(nl.title).to.equal(en.title);
    expect(nl.sections.signs.heading).to.equal(en.sections.signs.heading);
    expect(nl.checklist.scale).to.deep.equal(en.checklist.scale);
    expect(nl.sections.signs.items?.map((i) => i.id)).to.deep.equal(['a']);
    expect(crisisLine(nl, 'NL').text).to.equal('bel 113');
    expect(crisisLine(nl, 'XX')).to.equal(nl.crisis.default);
  });

  it('accepts any number of paragraphs, or none', () => {
    const pack = structuredClone(en);
    pack.locale = 'en-x-short';
    pack.sections['what-is'].intro = ['One paragraph is enough.'];
    pack.sections.signs.outro = [];
    pack.sections.benefits.intro = ['One.', 'Two.', 'Three.'];
    expect(registerPack(pack)).to.equal(true);
    expect(log.all).to.deep.equal([]);
    const short = getPack('anxious-attachment', 'en-x-short');
    expect(short.sections['what-is'].intro).to.deep.equal(['One paragraph is enough.']);
    expect(short.sections.signs.outro).to.deep.equal([]);
  });

  it('checks every key by the schema’s rules, also those English lacks, and the reflection still appears', async () => {
    const bad = structuredClone(en) as unknown as Record<string, any>;
    bad.locale = 'en-x-types';
    bad.dir = {rtl: true};
    bad.crisis.regions.US.tel = 988;
    bad.crisis.regions.CA.tel = {};
    bad.crisis.regions.GB.tel = true;
    bad.crisis.regions.AU.note = {text: 'x'};
    bad.crisis.regions.ES = {where: 'In Spain', text: 'call 024', tel: 24, note: ['x']};
    bad.sections.signs.items = 'reassurance';
    bad.sections.closing.outro = 7;
    bad.checklist.countLine = 3;
    expect(registerPack(bad)).to.equal(true);
    expect(log.warnings).to.have.length(1);
    const paths = ['dir', 'crisis.regions.US.tel', 'crisis.regions.CA.tel', 'crisis.regions.GB.tel', 'crisis.regions.AU.note', 'crisis.regions.ES.tel', 'crisis.regions.ES.note', 'sections.signs.items', 'sections.closing.outro', 'checklist.countLine'];
    for (const path of paths) expect(log.warnings[0], path).to.contain(path);
    const pack = getPack('anxious-attachment', 'en-x-types');
    expect(pack.dir).to.equal(undefined);
    expect(pack.crisis.regions.US.tel).to.equal(en.crisis.regions.US.tel);
    expect(pack.crisis.regions.ES).to.deep.equal({where: 'In Spain', text: 'call 024'});
    expect(pack.sections.signs.items).to.deep.equal(en.sections.signs.items);
    log.restore();
    log = captureConsole();
    for (const region of ['US', 'ES', 'GB']) {
      const el = await fixture<AttuneSymptomChecklist>(html`<attune-symptom-checklist locale="en-x-types" region=${region}></attune-symptom-checklist>`);
      (el.shadowRoot!.querySelector('[part~="show"]') as HTMLElement).click();
      await el.updateComplete;
      const line = crisisLine(pack, region);
      expect(shadowText(el), region).to.contain(en.checklist.disclaimer).and.to.contain(line.text);
    }
    expect(log.all).to.deep.equal([]);
  });

  it('drops list entries with a malformed or repeated id, and keeps the rest', () => {
    const pack = structuredClone(en) as unknown as Record<string, any>;
    pack.locale = 'en-x-ids';
    const [first, second, third] = en.sections.signs.items!;
    pack.sections.signs.items = [{...first, id: 'reassurance:4,abandonment'}, second, {...third, id: second.id}, {...third, id: 'has space'}, {...third, id: '__proto__'}];
    expect(registerPack(pack)).to.equal(true);
    expect(log.warnings).to.have.length(1);
    for (const path of ['sections.signs.items[0]', 'sections.signs.items[2].id', 'sections.signs.items[3]']) expect(log.warnings[0]).to.contain(path);
    expect(getPack('anxious-attachment', 'en-x-ids').sections.signs.items!.map((item) => item.id)).to.deep.equal([second.id, '__proto__']);
  });

  it('takes only the keys it knows, never inherited ones', () => {
    const pack = JSON.parse(JSON.stringify({...en, locale: 'en-x-proto'}).replace('{"topic"', '{"__proto__":{"title":"polluted","polluted":true},"topic"'));
    delete pack.title;
    expect(registerPack(pack)).to.equal(true);
    const registered = getPack('anxious-attachment', 'en-x-proto') as unknown as Record<string, unknown>;
    expect(registered.title).to.equal(en.title);
    expect(Object.hasOwn(registered, '__proto__')).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('never lets a shipped pack replace one the site registered, even from a second copy', async () => {
    const own = {...structuredClone(en), title: 'Our own wording'};
    registerPack(own);
    // A second copy of the library evaluates its registry again (as attune.classic.js after attune.js).
    await import(/* @vite-ignore */ `/src/content/registry.ts?copy=${Math.random()}`);
    expect(getPack('anxious-attachment', 'en').title).to.equal('Our own wording');
    registerPack({...structuredClone(es), title: 'Nuestro texto'});
    expect(registerPack(es, {replace: false})).to.equal(false);
    expect(getPack('anxious-attachment', 'es').title).to.equal('Nuestro texto');
    registerPack(en);
    registerPack(es);
    expect(getPack('anxious-attachment', 'en').title).to.equal(en.title);
  });

  it('refuses what is not a pack, with one console error each', () => {
    for (const bad of [null, 'pack', 42, {}, {topic: 'x'}, {topic: '<img>', locale: 'en'}]) {
      expect(registerPack(bad)).to.equal(false);
    }
    expect(log.errors).to.have.length(6);
    expect(log.errors[0]).to.contain('registerPack()');
  });
});
