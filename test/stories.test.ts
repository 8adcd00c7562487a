import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {addFrame, attuneElements, axe, closeFixtures, whenRendered, type Probe} from './helpers.js';

// Every Storybook story really renders, in every engine: the built Storybook (storybook-static/,
// `npm run build-storybook`; `npm test` builds it first) served by web-test-runner, each story's
// frame opened on a light and a dark page, with test/fixtures/probe.js put first in it
// (web-test-runner.config.mjs) to record the console. A green `storybook build` alone proves none
// of this. Then each element's docs page lists exactly its public API; what the stories rendered
// is documented in custom-elements.json (every part, named slot and --attune-* property); and every
// story's markup renders on the server (attune-widgets/ssr) with the text the browser showed.

type Declaration = {
  name: string;
  tagName?: string;
  attributes?: {name: string; fieldName?: string}[];
  members?: {kind: string; name: string}[];
  [list: string]: unknown;
};
type Entry = {id: string; type: 'story' | 'docs'; title: string; name: string; importPath: string; tags?: string[]};
type Win = Window & typeof globalThis & {__probe: Probe; __shownText: (el: Element) => string; __STORYBOOK_PREVIEW__?: {currentRender?: {phase?: string}}};

const missing = 'storybook-static/ is missing: run npm run build-storybook first';
const index = await fetch('/storybook-static/index.json').then((r) => (r.ok ? r.json() : {entries: {}}));
const entries = Object.values(index.entries as Record<string, Entry>);
const stories = entries.filter((e) => e.type === 'story');
const declarations: Declaration[] = (await fetch('/custom-elements.json').then((r) => r.json())).modules.flatMap((m: {declarations?: Declaration[]}) => m.declarations ?? []);
const elements: {tag: string}[] = (await fetch('/elements.json').then((r) => r.json())).elements;
const names = (list: unknown) => new Set(((list as {name: string}[] | undefined) ?? []).map((x) => x.name));

/** Opens a Storybook frame (`iframe.html?…`) and waits until its story or docs page has finished. */
async function open(query: string) {
  const {frame, loaded} = addFrame({src: `/storybook-static/iframe.html?${query}`}, 'width:800px;height:600px;border:0;display:block');
  await loaded;
  const win = frame.contentWindow as Win;
  return {win, doc: win.document};
}

// What each element's shadow root used in the stories: parts, slot names, and the custom properties
// read by the rules of its style sheets that apply there (`:host` rules, and rules matching an
// element inside; a sheet shared by the cards and the group holds rules for each).
const used: Record<string, {parts: Set<string>; slots: Set<string>; cssProperties: Set<string>}> = {};
function collect(doc: Document) {
  for (const el of attuneElements(doc)) {
    const root = el.shadowRoot;
    if (!root) continue;
    const own = (used[el.localName] ??= {parts: new Set(), slots: new Set(), cssProperties: new Set()});
    const inside = [...root.querySelectorAll('*')];
    inside.forEach((x) => x.part.forEach((p) => own.parts.add(p)));
    inside.forEach((x) => x instanceof doc.defaultView!.HTMLSlotElement && own.slots.add(x.name));
    const applies = (selector?: string) => {
      try {
        return !selector || selector.includes(':host') || !!root.querySelector(selector);
      } catch {
        return true;
      }
    };
    const read = (rule: CSSRule): string[] => [
      ...('style' in rule && applies((rule as CSSStyleRule).selectorText) ? [...(rule as CSSStyleRule).style.cssText.matchAll(/var\((--attune-[\w-]+)/g)].map((m) => m[1]) : []),
      ...[...((rule as CSSGroupingRule).cssRules ?? [])].flatMap(read),
    ];
    [...root.adoptedStyleSheets, ...root.styleSheets].flatMap((sheet) => [...sheet.cssRules].flatMap(read)).forEach((p) => own.cssProperties.add(p));
  }
}

// Each light story's markup as the browser rendered it, the packs its page had, and the text each
// widget showed: what the server must render.
const served: {name: string; play: boolean; markup: string; packs: unknown[]; texts: [string, string][]}[] = [];

describe('Storybook', function () {
  this.timeout(30_000);
  afterEach(closeFixtures);

  it('is built', () => expect(stories.length, missing).to.be.greaterThan(0));

  for (const story of stories) {
    for (const scheme of ['light', 'dark']) {
      it(`${story.title} / ${story.name} (${scheme}) renders: defined, attributes reach properties, no console message, axe clean`, async () => {
        const {win, doc} = await open(`id=${story.id}&viewMode=story&globals=scheme:${scheme}`);
        // Rendered, and its play function (if any) done.
        await waitUntil(() => ['completed', 'finished', 'errored', 'aborted'].includes(win.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? ''), 'the story has rendered and played', {timeout: 15_000});
        expect(win.__STORYBOOK_PREVIEW__!.currentRender!.phase).to.be.oneOf(['completed', 'finished']);
        const root = doc.querySelector('#storybook-root')!;
        const widgets = attuneElements(root);
        expect(widgets.length, 'no Attune element rendered').to.be.greaterThan(0);
        await whenRendered(win);
        for (const el of widgets) {
          expect(el.shadowRoot?.childNodes.length, `<${el.localName}> rendered nothing`).to.be.greaterThan(0);
          const declaration = declarations.find((d) => d.tagName === el.localName);
          // A wrong class-field compile would break this silently: each attribute's value reaches its property.
          for (const {name, value} of el.attributes) {
            const field = declaration?.attributes?.find((a) => a.name === name)?.fieldName;
            if (!field) continue;
            const property = (el as unknown as Record<string, unknown>)[field];
            expect(typeof property === 'boolean' ? String(property === true) : String(property), `<${el.localName}> ${name}="${value}" reaches .${field}`).to.equal(typeof property === 'boolean' ? 'true' : value);
          }
        }
        collect(doc);
        if (scheme === 'light') {
          const texts = widgets.filter((el) => el.localName !== 'attune-provider' && el.shadowRoot).map((el) => [el.localName, win.__shownText(el).replace(/\s+/g, '')] as [string, string]);
          const packs = [...(win as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('attune.content-packs')].values()];
          served.push({name: `${story.title} / ${story.name}`, play: (story.tags ?? []).includes('play-fn'), markup: root.innerHTML.replace(/<!--[^]*?-->/g, ''), packs, texts});
        }
        expect([...win.__probe.console, ...win.__probe.errors, ...win.__probe.failed]).to.deep.equal([]);
        // The story root is a fragment of a page: no landmarks of its own to expect.
        expect(await axe(win, {within: '#storybook-root', rules: {region: {enabled: false}}})).to.deep.equal([]);
      });
    }
  }

  it('every element has a docs page', () => {
    const pages = entries.filter((e) => e.type === 'docs').map((e) => e.importPath);
    expect(elements.map(({tag}) => tag).filter((tag) => !pages.includes(`./stories/${tag.slice('attune-'.length)}.stories.ts`))).to.deep.equal([]);
  });

  for (const docs of entries.filter((e) => e.type === 'docs')) {
    const declaration = declarations.find((d) => d.tagName && `./stories/${d.tagName.slice('attune-'.length)}.stories.ts` === docs.importPath);
    if (!declaration) continue;
    it(`the docs page of <${declaration.tagName}> lists its public API, as the manifest has it, and nothing else`, async () => {
      const {doc} = await open(`id=${docs.id}&viewMode=docs`);
      await waitUntil(() => doc.querySelector('table.docblock-argstable tbody tr'), 'the docs table is shown', {timeout: 15_000});
      // Rows under a category's header row ("Hide attributes items"), each named by its first cell.
      let category = '';
      const listed: string[] = [];
      for (const tr of doc.querySelectorAll('table.docblock-argstable tbody tr')) {
        const header = /^Hide (.+) items$/.exec(tr.querySelector('button')?.textContent ?? '');
        if (header) category = header[1];
        else listed.push(`${category}: ${tr.children[0].textContent!.trim()}`);
      }
      const linked = new Set((declaration.attributes ?? []).map((a) => a.fieldName));
      const list = (key: string, category: string, name = (x: {name: string}) => x.name) => ((declaration[key] as {name: string}[] | undefined) ?? []).map((x) => `${category}: ${name(x)}`);
      const expected = [
        ...list('attributes', 'attributes'),
        ...(declaration.members ?? []).filter((m) => m.kind === 'field' && !linked.has(m.name)).map((m) => `properties: ${m.name}`),
        ...(declaration.members ?? []).filter((m) => m.kind === 'method').map((m) => `methods: ${m.name}`),
        ...list('events', 'events'),
        ...list('slots', 'slots', (x) => x.name || 'default'),
        ...list('cssParts', 'css shadow parts'),
        ...list('cssProperties', 'css properties'),
      ];
      expect([...listed].sort()).to.deep.equal([...expected].sort());
    });
  }

  describe('what the stories render is documented in custom-elements.json', () => {
    const base = declarations.find((d) => d.name === 'AttuneElement');
    for (const {tag} of elements) {
      it(`<${tag}>: every part, named slot and --attune-* property its stories render`, () => {
        const seen = used[tag];
        expect(seen, `no story renders <${tag}>`).to.exist;
        const declaration = declarations.find((d) => d.tagName === tag)!;
        const gaps = [
          ...[...seen.parts].filter((p) => !names(declaration.cssParts).has(p)).map((p) => `part ${p}`),
          ...[...seen.slots].filter((s) => !names(declaration.slots).has(s)).map((s) => `slot ${s || '(default)'}`),
          ...[...seen.cssProperties].filter((p) => !names(declaration.cssProperties).has(p) && !names(base?.cssProperties).has(p)).map((p) => `CSS property ${p}`),
        ];
        expect(gaps).to.deep.equal([]);
      });
    }
  });

  describe('on the server (attune-widgets/ssr)', () => {
    let rendered: {name: string; html?: string; error?: string}[] = [];
    // In a process of its own (web-test-runner.config.mjs): the server renderer's DOM shim stays out of it.
    before(async () => void (rendered = await executeServerCommand('ssr-render', served.map(({name, markup, packs}) => ({name, markup, packs})))));

    /** The text of server HTML outside style and script, shadow roots (templates) included, whitespace dropped. */
    const serverText = (html: string) => {
      const texts: string[] = [];
      const walk = (node: Node, inStyle: boolean) => {
        if (node.nodeType === Node.TEXT_NODE && !inStyle) texts.push(node.nodeValue!);
        const skip = inStyle || ['STYLE', 'SCRIPT'].includes(node.nodeName);
        node.childNodes.forEach((child) => walk(child, skip));
        if (node instanceof HTMLTemplateElement) walk(node.content, skip);
      };
      walk(new DOMParser().parseFromString(`<body>${html}`, 'text/html').body, false);
      return texts.join('').replace(/\s+/g, '');
    };

    for (const story of stories) {
      const name = `${story.title} / ${story.name}`;
      // Stories that act first, with a play function, show what the visitor did: they are only rendered.
      const play = (story.tags ?? []).includes('play-fn');
      it(`${name} renders on the server${play ? '' : ', with the text the browser shows'}`, () => {
        const browser = served.find((s) => s.name === name);
        expect(browser, 'the story rendered in the browser first').to.exist;
        const result = rendered.find((r) => r.name === name);
        expect(result?.error ?? '').to.equal('');
        expect(result!.html).to.include('shadowrootmode');
        if (play) return;
        const text = serverText(result!.html!);
        expect(browser!.texts.filter(([, shown]) => !text.includes(shown)).map(([tag]) => `<${tag}>'s text differs`)).to.deep.equal([]);
      });
    }
  });
});
