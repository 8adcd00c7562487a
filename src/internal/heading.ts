import {html, type TemplateResult} from 'lit';

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

/** Reads a heading level attribute: an integer 1–6, else `fallback` (the caller warns). */
export const validLevel = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6;
