import {html, type TemplateResult} from 'lit';
import {warnAttribute} from './warn.js';

/**
 * A real heading element (`h1`–`h6`) so widgets fit the page's outline. Lit templates cannot use a
 * dynamic tag name without the static-html module, and six short templates cost less.
 */
export function heading(level: number, id: string, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1: return html`<h1 id=${id} part=${part}>${content}</h1>`;
    case 3: return html`<h3 id=${id} part=${part}>${content}</h3>`;
    case 4: return html`<h4 id=${id} part=${part}>${content}</h4>`;
    case 5: return html`<h5 id=${id} part=${part}>${content}</h5>`;
    case 6: return html`<h6 id=${id} part=${part}>${content}</h6>`;
    default: return html`<h2 id=${id} part=${part}>${content}</h2>`;
  }
}

/** The element's `heading-level`: a whole number 1–6, else its default (2) with one console warning. */
export function headingLevel(el: HTMLElement & {headingLevel: number}, fallback = 2): number {
  const level = el.headingLevel;
  if (level == null) return fallback;
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warnAttribute(el, 'heading-level', el.getAttribute('heading-level') ?? level, `expected a whole number from 1 to 6; using ${fallback}.`);
  return fallback;
}
