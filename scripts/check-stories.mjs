// Every Storybook story really renders in Chromium: builds Storybook (unless told not to), opens
// each story's iframe on a light and a dark page and checks that its elements upgraded and rendered,
// that their attributes reached their properties (a wrong class-field compile would break that
// silently), with no console error or warning, no page error and no axe violation. A green
// `storybook build` alone proves none of it. Each element's docs page must list exactly its public
// API. Then, for every element of elements.json, what its stories rendered against
// custom-elements.json: every part, named slot and --attune-* property its shadow root uses is
// documented. And every story's markup renders on the server (attune-widgets/ssr) without an
// exception, with the text the browser showed for each of its elements (stories that act first, with
// a play function, are only rendered).
import {readFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {parseFragment} from 'parse5';
import {axe, settle, withBrowser} from './harness.mjs';
import {elements} from './elements.mjs';
import {runWhenMain} from './cli.mjs';

// What an element's shadow root uses: its parts, the names of its slots, the custom properties read
// by the rules of its style sheets that apply there (`:host` rules, and rules matching an element
// inside; a sheet shared by the cards and the group holds rules for each).
const used = () => {
  const found = {};
  const applies = (root, selector) => {
    try {
      return !selector || selector.includes(':host') || !!root.querySelector(selector);
    } catch {
      return true;
    }
  };
  const vars = (root, rule) => [
    ...(applies(root, rule.selectorText) && rule.style ? [...rule.style.cssText.matchAll(/var\((--attune-[\w-]+)/g)].map((m) => m[1]) : []),
    ...[...(rule.cssRules ?? [])].flatMap((child) => vars(root, child)),
  ];
  const walk = (root) =>
    root.querySelectorAll('*').forEach((el) => {
      if (!el.localName.startsWith('attune-') || !el.shadowRoot) return;
      const own = (found[el.localName] ??= {parts: [], slots: [], cssProperties: []});
      const inside = [...el.shadowRoot.querySelectorAll('*')];
      own.parts.push(...inside.flatMap((x) => [...x.part]));
      own.slots.push(...inside.filter((x) => x.localName === 'slot').map((x) => x.name));
      own.cssProperties.push(...[...el.shadowRoot.adoptedStyleSheets, ...el.shadowRoot.styleSheets].flatMap((sheet) => [...sheet.cssRules].flatMap((rule) => vars(el.shadowRoot, rule))));
      walk(el.shadowRoot);
    });
  walk(document);
  return found;
};

export async function checkStories({build = true} = {}) {
  if (build) {
    // Its analysis leaves the committed reference alone, as npm test's build does.
    const built = spawnSync('npm', ['run', '--silent', 'build-storybook'], {stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, ATTUNE_REFERENCE_OUT: '.test-results/elements'}});
    if (built.status !== 0) return [{name: 'storybook: build', ok: false}];
  }
  const declarations = JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((m) => m.declarations ?? []);
  const fields = Object.fromEntries(declarations.filter((d) => d.tagName).map((d) => [d.tagName, Object.fromEntries((d.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.name, a.fieldName]))]));
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const results = [];
  const seen = {};
  // Each story's markup as the browser rendered it, and the text of each top-level element.
  const served = [];
  await withBrowser(async ({open, origin}) => {
    const {page, problems} = await open('/test/fixtures/blank.html');
    for (const [story, scheme] of stories.flatMap((s) => [[s, 'light'], [s, 'dark']])) {
      problems.length = 0;
      await page.goto(`${origin}/storybook-static/iframe.html?id=${story.id}&viewMode=story&globals=scheme:${scheme}`, {waitUntil: 'networkidle0'});
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, {timeout: 10000}).catch(() => {});
      await settle(page);
      const report = await page.evaluate((fields) => {
        const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('attune-'));
        const issues = [];
        for (const el of elements) {
          if (!customElements.get(el.localName)) issues.push(`<${el.localName}> is not defined`);
          else if (!el.shadowRoot?.childNodes.length) issues.push(`<${el.localName}> rendered nothing`);
          for (const attr of el.attributes) {
            const field = fields[el.localName]?.[attr.name];
            if (!field) continue;
            const value = el[field];
            const same = typeof value === 'boolean' ? value === true : String(value) === attr.value;
            if (!same) issues.push(`<${el.localName}> ${attr.name}="${attr.value}" did not reach .${field} (${String(value)})`);
          }
        }
        return {count: elements.length, issues};
      }, fields);
      for (const [tag, found] of Object.entries(await page.evaluate(used))) for (const [kind, names] of Object.entries(found)) names.forEach((n) => ((seen[tag] ??= {})[kind] ??= new Set()).add(n));
      // The story root is a fragment of a page: no landmarks of its own to expect.
      if (scheme === 'light') {
        const shown = await page.evaluate(() => {
          const root = document.querySelector('#storybook-root');
          const text = (el) => [...el.shadowRoot.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE && !['STYLE', 'LINK'].includes(n.nodeName)).map((n) => n.textContent).join('').replace(/\s+/g, '');
          const widgets = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('attune-') && el.localName !== 'attune-provider' && el.shadowRoot);
          return {markup: root.innerHTML.replace(/<!--[^]*?-->/g, ''), packs: [...window[Symbol.for('attune.content-packs')].values()], texts: widgets.map((el) => [el.localName, text(el)])};
        });
        served.push({name: `${story.title} / ${story.name}`, play: (story.tags ?? []).includes('play-fn'), ...shown});
      }
      const violations = await axe(page, '#storybook-root', {rules: {region: {enabled: false}}});
      const all = [...(report.count ? [] : ['no attune element rendered']), ...report.issues, ...violations, ...problems];
      results.push({name: `story: ${story.title} / ${story.name} (${scheme})`, ok: all.length === 0, detail: all.join('; ')});
    }
    // Each element's docs page lists its public API, as the manifest has it, and nothing else.
    for (const docs of Object.values(index.entries).filter((e) => e.type === 'docs')) {
      const d = declarations.find((x) => `./stories/${x.tagName?.slice('attune-'.length)}.stories.ts` === docs.importPath);
      if (!d) continue;
      await page.goto(`${origin}/storybook-static/iframe.html?id=${docs.id}&viewMode=docs`, {waitUntil: 'networkidle0'});
      await page.waitForSelector('table.docblock-argstable tbody tr', {timeout: 10000}).catch(() => {});
      const listed = await page.evaluate(() => {
        let category = '';
        return [...document.querySelectorAll('table.docblock-argstable tbody tr')].flatMap((tr) => {
          const header = /^Hide (.+) items$/.exec(tr.querySelector('button')?.textContent ?? '');
          if (header) return void (category = header[1]) ?? [];
          return [`${category}: ${tr.children[0].textContent.trim()}`];
        });
      });
      const linked = new Set((d.attributes ?? []).map((a) => a.fieldName));
      const expected = [
        ...(d.attributes ?? []).map((a) => `attributes: ${a.name}`),
        ...(d.members ?? []).filter((m) => m.kind === 'field' && !linked.has(m.name)).map((m) => `properties: ${m.name}`),
        ...(d.members ?? []).filter((m) => m.kind === 'method').map((m) => `methods: ${m.name}`),
        ...(d.events ?? []).map((e) => `events: ${e.name}`),
        ...(d.slots ?? []).map((x) => `slots: ${x.name || 'default'}`),
        ...(d.cssParts ?? []).map((x) => `css shadow parts: ${x.name}`),
        ...(d.cssProperties ?? []).map((x) => `css properties: ${x.name}`),
      ];
      const gaps = [...expected.filter((x) => !listed.includes(x)).map((x) => `missing ${x}`), ...listed.filter((x) => !expected.includes(x)).map((x) => `extra ${x}`)];
      results.push({name: `storybook: the docs page of <${d.tagName}> lists its public API (${expected.length} entries) and nothing else`, ok: listed.length > 0 && !gaps.length, detail: gaps.join(', ')});
    }
  });
  // The same markup on the server, in a process of its own.
  const rendered = JSON.parse(spawnSync('node', ['scripts/ssr-render.mjs'], {input: JSON.stringify(served.map(({name, markup, packs}) => ({name, markup, packs}))), encoding: 'utf8', maxBuffer: 1 << 28}).stdout || '[]');
  const serverText = (html) => {
    const texts = [];
    const walk = (node, inStyle) => {
      if (node.nodeName === '#text' && !inStyle) texts.push(node.value);
      for (const child of node.childNodes ?? []) walk(child, inStyle || ['style', 'script'].includes(node.nodeName));
      if (node.content) walk(node.content, inStyle);
    };
    walk(parseFragment(html), false);
    return texts.join('').replace(/\s+/g, '');
  };
  for (const story of served) {
    const result = rendered.find((r) => r.name === story.name);
    const text = result?.html ? serverText(result.html) : '';
    const missing = story.play || !result?.html ? [] : story.texts.filter(([, t]) => !text.includes(t)).map(([tag]) => `<${tag}>'s text differs`);
    results.push({name: `server: story ${story.name} renders on the server${story.play ? '' : ', with the text the browser shows'}`, ok: !!result?.html && result.html.includes('shadowrootmode') && !missing.length, detail: result?.error ?? missing.join('; ')});
  }
  const documented = (list) => new Set((list ?? []).map((x) => x.name));
  const base = declarations.find((x) => x.name === 'AttuneElement');
  for (const {tag} of elements) {
    const d = declarations.find((x) => x.tagName === tag);
    const gaps = [
      ...[...(seen[tag]?.parts ?? [])].filter((p) => !documented(d?.cssParts).has(p)).map((p) => `part ${p}`),
      ...[...(seen[tag]?.slots ?? [])].filter((s) => !documented(d?.slots).has(s)).map((s) => `slot ${s || '(default)'}`),
      ...[...(seen[tag]?.cssProperties ?? [])].filter((p) => !documented(d?.cssProperties).has(p) && !documented(base?.cssProperties).has(p)).map((p) => `CSS property ${p}`),
    ];
    results.push({name: `manifest: <${tag}> documents every part, slot and --attune-* property its stories render`, ok: !!seen[tag] && !gaps.length, detail: seen[tag] ? gaps.join(', ') : 'no story renders it'});
  }
  return results;
}

await runWhenMain(import.meta.url, () => checkStories({build: !process.argv.includes('--no-build')}));
