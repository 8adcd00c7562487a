import type {PropertyDeclaration} from 'lit';
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

// Classes whose setters already coerce (finalize runs once per class, but say so).
const coerced = new WeakSet<object>();

/**
 * Wraps the setters Lit installed for a class's own public properties with `coerce`, so every
 * element takes what its attributes take, whatever a framework passes. Called from `finalize`.
 */
export function coerceProperties(cls: {prototype: object; elementProperties: Map<PropertyKey, PropertyDeclaration>}) {
  if (coerced.has(cls)) return;
  coerced.add(cls);
  for (const [name, options] of cls.elementProperties) {
    const descriptor = Object.getOwnPropertyDescriptor(cls.prototype, name);
    const set = descriptor?.set;
    if (options.state || !set) continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
    Object.defineProperty(cls.prototype, name, {
      ...descriptor,
      set(this: Element, value: unknown) {
        set.call(this, coerce(this, attribute, value, options.type));
      },
    });
  }
}
