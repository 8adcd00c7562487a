import {isServer} from 'lit';

/**
 * What an element reads from the markup inside it. In the browser it is read from the DOM; on the
 * server (src/ssr) the renderer reads the same from the parsed page, so both render alike.
 */
export interface ChildMarkup {
  /** A direct child `<a href>`: the booking CTA's fallback link. */
  link?: {href: string; text: string};
  /** A direct child `<script type="application/json">`: the checklist's own statements. */
  json?: string;
  /** The text of a direct child with `slot="heading"`, when there is one. */
  heading?: string;
}

/** What the server renderer tells an element about the page around it, which it has no DOM to ask. */
export interface ServerPage {
  /** The nearest `lang` of the element or an ancestor. */
  lang?: string;
  /** The address relative URLs resolve against. */
  base?: string;
  children: ChildMarkup;
}

/** Set by internal/hydrate.ts on a page with pre-rendered markup: when each widget there hydrates. */
export const hydration: {schedule?: (el: Element) => void} = {};

/** Whether the page has Attune markup pre-rendered on a server (its widgets wait, marked `defer-hydration`). */
export const prerendered = () => !isServer && [...document.querySelectorAll('[defer-hydration]')].some((el) => el.localName.startsWith('attune-'));

/** Filled by the server renderer for each element it renders; empty in the browser. */
export const serverPages = new WeakMap<Element, ServerPage>();

/** Reads what an element is given as children (see `ChildMarkup`). */
export function readChildMarkup(el: Element): ChildMarkup {
  const link = el.querySelector(':scope > a[href]');
  const heading = el.querySelector(':scope > [slot=heading]');
  return {
    link: link ? {href: link.getAttribute('href') ?? '', text: link.textContent?.trim() ?? ''} : undefined,
    json: el.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined,
    heading: heading ? (heading.textContent?.trim() ?? '') : undefined,
  };
}

/** Whether the page may still be parsing children the element has yet to see (never on the server). */
export const parsing = () => !isServer && document.readyState === 'loading';
