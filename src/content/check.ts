// The checks of registerPack(), in a module of their own: a page loads it only when it registers
// a pack of its own (the packs shipped with Attune are checked when the library is built).
import {packRule, patterns, type Rule} from './schema.js';
import type {ContentPack} from './types.js';

type Value = any;
/** Paths of what a pack got wrong: filled from English, or left out (English has no counterpart). */
type Problems = {patched: string[]; dropped: string[]};

/**
 * Checks `value` against `rule` (see ./schema.ts). Returns what may be used: the value, or where it
 * is missing or malformed the English counterpart `ref` (its path is added to `problems`), or
 * `undefined` when English has none (an optional key is then left out, and an object missing a
 * required one is itself unusable). Only the keys the rule knows are kept.
 */
function check(value: Value, rule: Rule, ref: Value, path: string, problems: Problems): Value {
  const gap = () => ((ref === undefined ? problems.dropped : problems.patched).push(path), ref);
  if (typeof rule === 'string') return typeof value === 'string' && patterns[rule].test(value) ? value : gap();
  if (!value || typeof value !== 'object' || Array.isArray(value) !== (Array.isArray(rule) && rule[0] !== 'regions')) return gap();
  if (Array.isArray(rule)) {
    const [kind, inner, max = Infinity] = rule;
    if (kind === 'texts') return value.length >= inner && value.length <= max && value.every((t: Value) => typeof t === 'string' && patterns.text.test(t)) ? value : gap();
    const out: Record<string, Value> | Value[] = kind === 'list' ? [] : {};
    const ids = new Set<string>();
    for (const [name, own] of Object.entries(value as Record<string, Value>)) {
      const at = kind === 'list' ? `${path}[${name}]` : `${path}.${name}`;
      if (kind === 'regions' && !patterns.region.test(name)) {
        problems.dropped.push(at);
        continue;
      }
      // A list entry's English counterpart is the English entry with the same id; a region's, the same region's.
      const match = kind === 'list' ? ref?.find?.((r: Value) => r.id === own?.id) : ref?.[name];
      // An entry whose required texts are unusable, with no English counterpart, is left out.
      const done = check(own, inner as Rule, match, at, problems);
      if (done === undefined) continue;
      if (kind === 'list') {
        if (ids.has(done.id)) {
          problems.dropped.push(`${at}.id`);
          continue;
        }
        ids.add(done.id);
        (out as Value[]).push(done);
      } else (out as Record<string, Value>)[name] = done;
    }
    return kind === 'list' && !(out as Value[]).length ? gap() : out;
  }
  const out: Record<string, Value> = {};
  for (const [name, inner] of Object.entries(rule)) {
    const optional = name.endsWith('?');
    const at = optional ? name.slice(0, -1) : name;
    const own = Object.hasOwn(value, at) ? value[at] : undefined;
    if (own === undefined && optional) continue;
    const done = check(own, inner, ref?.[at], path ? `${path}.${at}` : at, problems);
    if (done !== undefined) out[at] = done;
    else if (!optional) return undefined;
  }
  return out;
}

/**
 * Checks a pack by the rules of ./schema.ts against `english` (the same topic's English pack). Returns
 * the pack to use, and one console warning's text when anything was filled in or left out.
 */
export function checkPack(candidate: object, english: ContentPack, at: string): {pack: ContentPack; warning?: string} {
  const problems: Problems = {patched: [], dropped: []};
  const pack = check(candidate, packRule, english, '', problems) as ContentPack;
  const {patched, dropped} = problems;
  if (!patched.length && !dropped.length) return {pack};
  const said = [patched.length && `missing or invalid ${patched.join(', ')} (using English there)`, dropped.length && `left out ${dropped.join(', ')} (English has nothing to use there)`];
  return {pack, warning: `[attune] registerPack(): pack "${at}": ${said.filter(Boolean).join('; ')}.`};
}
