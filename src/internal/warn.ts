// Each message is logged once per element, however often the element re-renders.
const said = new WeakMap<Element, Set<string>>();

/** Any value as text, even one whose own conversion throws (`{toString: 7}`). */
function asString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function say(level: 'warn' | 'error', el: Element, attribute: string, value: unknown, message: string) {
  const full = asString(value);
  const shown = full.length > 60 ? `${full.slice(0, 60)}…` : full;
  // Without a value (`undefined`), the message is about something other than an attribute.
  const text = `<${el.localName}> ${attribute}${value === undefined ? '' : `="${shown}"`}: ${message}`;
  const seen = said.get(el) ?? new Set<string>();
  if (seen.has(text)) return;
  seen.add(text);
  said.set(el, seen);
  console[level](`[attune] ${text}`);
}

/** A bad attribute value that has a safe fallback: one console warning naming the element and attribute. */
export const warnAttribute = (el: Element, attribute: string, value: unknown, message: string) =>
  say('warn', el, attribute, value, message);

/** A value that had to be refused outright (for example an unsafe URL): one console error. */
export const errorAttribute = (el: Element, attribute: string, value: unknown, message: string) =>
  say('error', el, attribute, value, message);

/**
 * Returns `value` when it is one of `allowed`; otherwise warns once and returns `fallback`.
 * `null`/`undefined` (attribute absent) falls back silently.
 */
export function oneOf<T extends string>(el: Element, attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  if (value == null || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnAttribute(el, attribute, value, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}; using "${fallback}".`);
  return fallback;
}
