import {errorAttribute} from './warn.js';

/**
 * Resolves `value` against the page and returns it only when it is an http(s) URL.
 * Everything else (`javascript:`, `data:`, `vbscript:`, malformed) gives `null`.
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value || !value.trim()) return null;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * An element's own URL attribute, checked: the http(s) URL, or `undefined` when unset or refused.
 * A refused value gives one console error naming the element and attribute (once per element).
 */
export function ownUrl(el: Element, attribute: string, value: string | null | undefined): string | undefined {
  const safe = safeUrl(value);
  if (!safe && value?.trim()) errorAttribute(el, attribute, value, 'only http(s) URLs are allowed; ignored.');
  return safe ?? undefined;
}
