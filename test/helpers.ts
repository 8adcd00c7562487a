import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

/**
 * Shift+Tab, in every engine: puppeteer (Chromium, Firefox) holds Shift down; the WebDriver launcher
 * (WebKit) takes only whole key sequences, where Shift stays down until the NULL key releases it.
 */
export async function shiftTab() {
  if (/Chrome|Firefox/.test(navigator.userAgent)) {
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
  } else {
    await sendKeys({type: '\uE008\uE004\uE000'});
  }
}

/** Records console.warn / console.error calls until `restore()` (and still lets tests read them). */
export function captureConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const {warn, error} = console;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  return {
    warnings,
    errors,
    get all() {
      return [...warnings, ...errors];
    },
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** The language (`lang`) a node's content is in, as a screen reader finds it: its own or the nearest ancestor's. */
export const languageOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? null;

/** The writing direction set on a node or its nearest ancestor. */
export const directionOf = (node: Element) => node.closest('[dir]')?.getAttribute('dir') ?? null;

/** The text a visitor sees in an element's shadow root, whitespace collapsed. */
export const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Values a careless or hostile page might put in any attribute. */
export const hostileValues = [
  '<img src=x onerror="window.__attunePwned=true">',
  '"><script>window.__attunePwned=true</script>',
  'javascript:window.__attunePwned=true',
  'x'.repeat(100_000),
  'مرحبا بالعالم 👋🏽 שלום',
  '',
  '{"malformed": ',
  '-1',
];

declare global {
  interface Window {
    __attunePwned?: boolean;
  }
}

const fixtureFrames = new Set<HTMLIFrameElement>();

/**
 * Adds a frame to the test page, styled by `css` and with the given attributes (`src`, `srcdoc`,
 * `sandbox`), until `closeFixtures()`: a test file's `afterEach(closeFixtures)`. `loaded` resolves
 * at its load event.
 */
export function addFrame(attributes: {src?: string; srcdoc?: string; sandbox?: string}, css = '') {
  const frame = document.createElement('iframe');
  frame.style.cssText = css;
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), {once: true}));
  fixtureFrames.add(frame);
  document.body.append(frame);
  return {frame, loaded};
}

/** Removes every frame addFrame (and so openFixture and viewportFrame) opened. */
export function closeFixtures() {
  for (const frame of fixtureFrames) frame.remove();
  fixtureFrames.clear();
}

/** An element that renders itself (Lit's `updateComplete`). */
export type Rendered = HTMLElement & {updateComplete: Promise<unknown>};

/** Every Attune element in `root`, shadow roots included. */
export const attuneElements = (root: ParentNode): Rendered[] =>
  [...root.querySelectorAll('*')].flatMap((el) => (el.localName.startsWith('attune-') ? [el as Rendered] : []).concat(el.shadowRoot ? attuneElements(el.shadowRoot) : []));

/** Waits until every Attune element of a frame's page is defined (some load on use) and has rendered, `rounds` times. */
export async function whenRendered(win: Window & typeof globalThis, rounds = 3) {
  await waitUntil(() => attuneElements(win.document).every((el) => win.customElements.get(el.localName)), `${win.location.pathname}: every element defined`, {interval: 20, timeout: 5000});
  for (let round = 0; round < rounds; round++) await Promise.all(attuneElements(win.document).map((el) => el.updateComplete));
}

/**
 * Renders `markup` in a same-origin frame of the given size, with the library loaded from source,
 * so a test sees a real narrow viewport in every engine (the WebDriver launcher cannot resize the
 * test page itself). Returns the frame's window once every Attune element inside has rendered.
 * `setup` is extra module code run in the frame before the markup upgrades (e.g. registerPack).
 */
export async function viewportFrame(markup: string, {width = 320, height = 640, setup = ''} = {}) {
  const srcdoc = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
    <script type="module">${setup}\nimport '/src/index.ts';</script></head><body>${markup}</body></html>`;
  const {frame, loaded} = addFrame({srcdoc}, `width:${width}px;height:${height}px;border:0;display:block`);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('attune-explainer');
  const elements = [...win.document.querySelectorAll('*')].filter((el) => el.localName.startsWith('attune-'));
  await Promise.all(elements.map((el) => (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete));
  return {win, doc: win.document, frame, remove: () => frame.remove()};
}

/** What a fixture page loaded with /test/fixtures/probe.js recorded: console, uncaught errors, failed loads, CSP. */
export type Probe = {console: string[]; errors: string[]; violations: string[]; failed: string[]};

/**
 * Opens a fixture page of the built script-tag files in a frame (`npm test` builds them first;
 * alone, run `npm run build`), once its scripts have run and its widgets have rendered. The frame
 * stays until `remove()` or `closeFixtures()`.
 */
export async function openFixture(path: string) {
  const built = await fetch('/dist/attune.js', {method: 'HEAD'});
  expect(built.ok, 'dist/attune.js is missing: run npm run build first').to.equal(true);
  const {frame, loaded} = addFrame({src: path});
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & {__probe: Probe; Attune?: {registerPack?: unknown}};
  const elements = [...win.document.querySelectorAll('*')].filter((el) => el.localName.startsWith('attune-')) as (HTMLElement & {updateComplete: Promise<unknown>})[];
  // Module scripts have run by `load`, but what they load themselves (attune.classic.js loads
  // attune.js) may still be on its way: wait a while for every element to be defined; some pages
  // expect them to stay undefined.
  for (let i = 0; i < 60 && !elements.every((el) => win.customElements.get(el.localName)); i++) await new Promise((r) => setTimeout(r, 25));
  await Promise.all(elements.filter((el) => win.customElements.get(el.localName)).map((el) => el.updateComplete));
  return {win, doc: win.document, probe: win.__probe, remove: () => frame.remove()};
}

type AxeWindow = Window & typeof globalThis & {axe?: {run: (context: Node, options: object) => Promise<{violations: {id: string; help: string; nodes: {target: unknown}[]}[]}>}};

/**
 * axe (WCAG 2.2 A and AA and best practice, test/axe-rules.json) on a frame's page, or on the
 * element `within` matches there; one line per violation. `rules` turns single rules on or off.
 */
export async function axe(win: Window & typeof globalThis, {within, rules}: {within?: string; rules?: Record<string, {enabled: boolean}>} = {}) {
  const frame = win as AxeWindow;
  if (!frame.axe) {
    // Made by this document and moved there: the frame's Trusted Types policy does not apply.
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, {once: true}));
    frame.document.head.append(script);
    await ready;
  }
  const tags = await fetch('/test/axe-rules.json').then((r) => r.json());
  const context = within ? frame.document.querySelector(within)! : frame.document;
  const {violations} = await frame.axe!.run(context, {runOnly: tags, ...(rules ? {rules} : {})});
  return violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
