// Loaded only on a page with Attune markup pre-rendered on a server (src/ssr): Lit's hydration, so
// the widgets take over the HTML that is already there instead of re-creating it.
import {LitElement, adoptStyles} from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {AttuneElement} from './attune-element.js';
import {hydration} from './page.js';
import {VERSION} from './version.js';
import {warnAttribute} from './warn.js';

type Support = (lit: {LitElement: typeof LitElement}) => void;
const patched = Symbol.for('attune.hydrate-support');
const page = globalThis as unknown as {litElementHydrateSupport?: Support} & Record<symbol, boolean>;

// The support patches LitElement when Lit loads; Attune's Lit loaded before this, so it is applied
// now, once (a page's own Lit may share it).
if (!(LitElement as unknown as Record<symbol, boolean>)[patched]) {
  (LitElement as unknown as Record<symbol, boolean>)[patched] = true;
  page.litElementHydrateSupport?.({LitElement});
}

// Markup pre-rendered by another version of Attune is not hydrated (its templates may differ): the
// element renders afresh, with one console warning.
const createRenderRoot = AttuneElement.prototype['createRenderRoot'];
AttuneElement.prototype['createRenderRoot'] = function (this: AttuneElement) {
  const root = this.shadowRoot;
  const made = root && [...root.children].find((child) => child.hasAttribute('data-attune'))?.getAttribute('data-attune');
  if (!root || made === VERSION) return createRenderRoot.call(this);
  warnAttribute(this, 'pre-rendered markup', undefined, `made by Attune ${made ?? 'of another version'}, not ${VERSION}: rendered afresh. Pre-render the page again to keep it.`);
  root.replaceChildren();
  adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
  return root;
};

/**
 * A widget of the page (not one inside another's shadow root) waits, marked `defer-hydration`, until
 * it is about to be seen or the visitor reaches it; a provider at once (widgets ask it for their
 * configuration); the rest when the browser is idle. Until then its server-rendered HTML shows, and
 * links in it work.
 */
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) if (entry.isIntersecting) start(entry.target);
  },
  {rootMargin: '50% 0px'},
);
type Reactive = Element & {updateComplete?: Promise<unknown>};

/**
 * In one walk of `el`'s shadow root and the shadow roots inside it: the ticked inputs, the open
 * details, and the elements that render themselves (those with an `updateComplete`).
 */
function inside(el: Element, found = {ticked: [] as HTMLInputElement[], opened: [] as HTMLDetailsElement[], reactive: [] as Reactive[]}) {
  for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if (node instanceof HTMLInputElement && node.checked) found.ticked.push(node);
    else if (node instanceof HTMLDetailsElement && node.open) found.opened.push(node);
    else if (node.shadowRoot) {
      if ('updateComplete' in node) found.reactive.push(node as Reactive);
      inside(node, found);
    }
  }
  return found;
}

/**
 * Hydrates `el`. What the visitor did in its pre-rendered HTML before (a box ticked, a radio
 * chosen, details opened) is done again once the widget has taken over, so it counts and is heard.
 */
const start = async (el: Reactive) => {
  if (!el.hasAttribute('defer-hydration')) return;
  observer.unobserve(el);
  const {ticked, opened} = inside(el);
  el.removeAttribute('defer-hydration');
  await el.updateComplete;
  await Promise.all(inside(el).reactive.map((inner) => inner.updateComplete));
  for (const input of ticked) if (!input.checked) input.click();
  for (const details of opened) details.dispatchEvent(new Event('toggle'));
};
const interactions = ['pointerdown', 'focusin', 'keydown'];

hydration.schedule = (el) => {
  if (el.localName === 'attune-provider') {
    void start(el);
    return;
  }
  observer.observe(el);
  for (const type of interactions) el.addEventListener(type, () => void start(el), {capture: true, once: true});
  const idle = (globalThis as {requestIdleCallback?: (callback: () => void, options: object) => void}).requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 2000));
  idle(() => void start(el), {timeout: 4000});
};
