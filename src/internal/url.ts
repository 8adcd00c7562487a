import {errorAttribute} from './warn.js';

// Stands in for a missing base address, so a relative URL can still be checked.
const nowhere = 'http://relative.invalid/';

/**
 * Resolves `value` against `base` (in the browser: the page) and returns it only when it is an
 * http(s) URL. Everything else (`javascript:`, `data:`, `vbscript:`, malformed) gives `null`. On the
 * server without a base address, a relative URL is returned as it is: the browser resolves it.
 */
// (No import of Lit, so the snippet builder can use the same check.)
export function safeUrl(value: string | null | undefined, base: string | undefined = globalThis.document?.baseURI): string | null {
  const text = value?.trim();
  if (!text) return null;
  try {
    const url = new URL(text, base ?? nowhere);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return base === undefined && url.href.startsWith(nowhere) ? text : url.href;
  } catch {
    return null;
  }
}

/**
 * An element's own URL attribute, checked: the http(s) URL, or `undefined` when unset or refused.
 * A refused value gives one console error naming the element and attribute (once per element).
 * `base`: as for `safeUrl` (unset: the page's address in the browser, none on the server).
 */
export function ownUrl(el: Element, attribute: string, value: string | null | undefined, base?: string): string | undefined {
  const safe = safeUrl(value, base);
  if (!safe && value?.trim()) errorAttribute(el, attribute, value, 'only http(s) URLs are allowed; ignored.');
  return safe ?? undefined;
}
