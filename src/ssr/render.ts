// The server renderer behind attune-widgets/ssr (./index.ts installs the DOM shim before this loads).
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {LitElementRenderer} from '@lit-labs/ssr/lib/lit-element-renderer.js';
import {renderValue} from '@lit-labs/ssr/lib/render-value.js';
import type {RenderInfo} from '@lit-labs/ssr/lib/render-value.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import '../index.js';
import {AttuneElement} from '../internal/attune-element.js';
import {serverPages, type ChildMarkup, type ServerPage} from '../internal/page.js';
import {VERSION} from '../internal/version.js';
import {packsReady, requestLanguage} from '../content/registry.js';

export {VERSION};

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** How to render. */
export interface RenderOptions {
  /** The page's language, where the markup has no `lang` around an element (e.g. `es`). Default `en`. */
  locale?: string;
  /** The page's address: relative booking URLs are resolved against it. Without it they stay relative (the browser resolves them). */
  baseUrl?: string;
  /** Region for the crisis line (e.g. `GB`), written onto each checklist that has no `region`. */
  region?: string;
  /**
   * The folder the element stylesheets are served from, usually that of attune.js (e.g.
   * `/assets/attune/`): shadow roots then link `<tag>.css` (e.g. `attune-explainer.css`) (cached once, allowed by
   * `style-src 'self'`) instead of repeating inline `<style>`, which a strict CSP refuses.
   */
  stylesheets?: string;
}

/** What one render needs its element renderer to know. */
let current: {pages: ServerPage[]; stylesheets?: string} = {pages: []};
// The marker attribute that ties an element in the template to its place in the parsed page.
const MARK = 'data-attune-server-page';

/** Renders Attune's elements: their shadow roots with a linked or inline stylesheet, marked with this version. */
class AttuneRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement) {
    return ctor.prototype instanceof AttuneElement;
  }

  override setAttribute(name: string, value: string) {
    if (name !== MARK) return super.setAttribute(name, value);
    const page = current.pages[Number(value)];
    if (page && this.element) serverPages.set(this.element, page);
  }

  override renderShadow(renderInfo: RenderInfo) {
    const ctor = this.element.constructor as typeof AttuneElement;
    const css = ctor.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
    const sheet = current.stylesheets
      ? `<link rel="stylesheet" href="${escape(`${current.stylesheets}${this.tagName}.css`)}" data-attune="${VERSION}">`
      : `<style data-attune="${VERSION}">${css}</style>`;
    return [sheet, () => renderValue((this.element as unknown as {render(): unknown}).render(), renderInfo)];
  }
}

// connectedCallback on the server for Attune's elements only: it reads their children and joins
// them to their provider (context); other libraries' elements are left as they were (lit/lit#5175).
LitElementRenderer.renderOptions.push((element) => (element instanceof AttuneElement ? {connectedCallback: true} : undefined));

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '');
const ours = (el: Element) => el.tagName.startsWith('attune-');

/** What an element reads from its children, from the parsed page (as internal/page.ts reads the DOM). */
function childMarkup(el: Element): ChildMarkup {
  const children = el.childNodes.filter(isElement);
  const link = children.find((child) => child.tagName === 'a' && attribute(child, 'href') !== undefined);
  const json = children.find((child) => child.tagName === 'script' && attribute(child, 'type') === 'application/json');
  const heading = children.find((child) => attribute(child, 'slot') === 'heading');
  return {
    link: link ? {href: attribute(link, 'href')!, text: textOf(link).trim()} : undefined,
    json: json ? textOf(json) : undefined,
    heading: heading ? textOf(heading).trim() : undefined,
  };
}

/** Every element of ours under `node` that no other of ours contains, with the `lang` around each. */
function topLevel(node: Node, lang: string | undefined, found: Array<{el: Element; lang?: string}>) {
  if (!('childNodes' in node)) return found;
  for (const child of node.childNodes) {
    if (!isElement(child) || child.tagName === 'template') continue;
    const own = attribute(child, 'lang') ?? lang;
    if (ours(child)) found.push({el: child, lang: own});
    else topLevel(child, own, found);
  }
  return found;
}

/** A declarative shadow root written by an earlier render (or another tool). */
const isShadowTemplate = (node: Node) => isElement(node) && node.tagName === 'template' && (attribute(node, 'shadowrootmode') !== undefined || attribute(node, 'shadowroot') !== undefined);

/**
 * The markup of `el` from the source, with each of our elements inside marked with its page's index
 * and without the shadow root (and `defer-hydration`) a previous render gave it: a page rendered again is rendered afresh
 * (with these options and this version), never given a second shadow root.
 */
function marked(source: string, el: Element, lang: string | undefined, options: RenderOptions, pages: ServerPage[]): string {
  // [from, to, text]: the source between from and to is replaced by text, in source order.
  const edits: Array<[number, number, string]> = [];
  const visit = (node: Element, nodeLang: string | undefined) => {
    const ownLang = attribute(node, 'lang') ?? nodeLang;
    if (ours(node)) {
      const at = node.sourceCodeLocation!.startTag!.startOffset + 1 + node.tagName.length;
      let extra = ` ${MARK}="${pages.length}"`;
      if (node.tagName === 'attune-symptom-checklist' && options.region && attribute(node, 'region') === undefined) extra += ` region="${escape(options.region)}"`;
      edits.push([at, at, extra]);
      const deferred = node.sourceCodeLocation!.attrs?.['defer-hydration'];
      if (deferred) edits.push([deferred.startOffset - 1, deferred.endOffset, '']);
      for (const old of node.childNodes.filter(isShadowTemplate)) edits.push([old.sourceCodeLocation!.startOffset, old.sourceCodeLocation!.endOffset, '']);
      pages.push({lang: ownLang ?? options.locale, base: options.baseUrl, children: childMarkup(node)});
    }
    for (const child of node.childNodes) if (isElement(child) && child.tagName !== 'template') visit(child, ownLang);
  };
  visit(el, lang);
  const {startOffset, endOffset} = el.sourceCodeLocation!;
  let out = '';
  let at = startOffset;
  for (const [from, to, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += source.slice(at, from) + text;
    at = to;
  }
  return out + source.slice(at, endOffset);
}

// One render at a time: the element renderer reads the current render's pages.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders every Attune element in `input` (an HTML fragment or a whole page) into declarative shadow
 * DOM and returns the HTML, otherwise unchanged. Provider configuration reaches the widgets inside
 * it; a bad attribute gets the same one-line console warning and fallback as in the browser.
 * Elements it does not know are left alone. Widgets are marked `defer-hydration`: the script tag
 * hydrates each when it comes into view or the visitor reaches it.
 */
export function renderToString(input: string, options: RenderOptions = {}): Promise<string> {
  const job = queue.then(() => renderNow(String(input), options));
  queue = job.catch(() => undefined);
  return job;
}

async function renderNow(source: string, options: RenderOptions): Promise<string> {
  const page = /^\s*(<!doctype|<html)/i.test(source);
  const tree = page ? parse(source, {sourceCodeLocationInfo: true}) : parseFragment(source, {sourceCodeLocationInfo: true});
  const roots = topLevel(tree, undefined, []);
  if (!roots.length) return source;
  // Every language the page or its widgets ask for, loaded before anything renders.
  for (const locale of [options.locale, ...[...source.matchAll(/\s(?:lang|locale)="([^"]+)"/g)].map((m) => m[1])]) if (locale) requestLanguage(locale);
  await packsReady();
  let out = '';
  let at = 0;
  for (const {el, lang} of roots) {
    const pages: ServerPage[] = [];
    const markup = marked(source, el, lang, options, pages);
    current = {pages, stylesheets: options.stylesheets};
    let rendered: string;
    try {
      rendered = await collectResult(render(html`${unsafeStatic(markup)}`, {deferHydration: true, elementRenderers: [AttuneRenderer, LitElementRenderer]}));
    } finally {
      current = {pages: []};
    }
    const {startOffset, endOffset} = el.sourceCodeLocation!;
    // (Without the markers of the page's own template, which nothing hydrates, and the gaps where
    // this renderer's own marker attributes were.)
    const tidy = rendered.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '').replace(/<(attune-[a-z-]+) {2,}/g, '<$1 ');
    out += source.slice(at, startOffset) + tidy;
    at = endOffset;
  }
  return out + source.slice(at);
}
