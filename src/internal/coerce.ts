import {warnAttribute} from './warn.js';

/** Text from a number, a URL object or a list of those (`['cbt', 'eft']` → `cbt,eft`); else `undefined`. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || value instanceof URL) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText);
    if (parts.every((part) => part !== undefined)) return parts.join(',');
  }
  return undefined;
}

/**
 * What a property receives from a framework or a page's script, made into what its attribute would
 * give: text for text properties, a number for numeric ones, true/false for booleans (like a native
 * element's `input.required = 'x'`). `null`, `undefined` and `false` unset a text or number. Anything
 * else is refused with one warning naming the element and attribute, and unsets the property.
 */
export function coerce(el: Element, attribute: string, value: unknown, type: unknown): unknown {
  if (type === Boolean) return Boolean(value);
  if (value == null || value === false) return undefined;
  if (type === Number) {
    if (typeof value === 'number') return value;
    if (typeof value === 'string') return value.trim() ? Number(value) : undefined;
  } else {
    const text = asText(value);
    if (text !== undefined) return text;
  }
  warnAttribute(el, attribute, value, type === Number ? 'expected a number; ignored.' : 'expected text, a number or a URL; ignored.');
  return undefined;
}
