import {anxiousAttachmentEn} from './anxious-attachment.en.js';
import type {ContentPack, CrisisLine} from './types.js';
import {packRule, patterns, type Rule} from './schema.js';

export const DEFAULT_TOPIC = 'anxious-attachment';
export const DEFAULT_LOCALE = 'en';

type Packs = Map<string, ContentPack>;

// One registry per page, shared by every copy of the library (script tag and npm build alike),
// so a pack registered through one copy is seen by the widgets of the other. A pack that ships
// with the library never replaces one already there: a second copy loaded later must not put the
// stock English back over the site's own wording.
const registryKey = Symbol.for('attune.content-packs');
const packs: Packs = ((globalThis as Record<symbol, Packs>)[registryKey] ??= new Map());
const key = (topic: string, locale: string) => `${topic}/${locale}`;
if (!packs.has(key(DEFAULT_TOPIC, DEFAULT_LOCALE))) packs.set(key(DEFAULT_TOPIC, DEFAULT_LOCALE), anxiousAttachmentEn);

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
 * Registers a content pack (another topic, another locale, or your own wording of the default one).
 * The pack is plain data; it is checked at once against the rules the JSON Schema publishes. Missing
 * or malformed texts are listed in one console warning and taken from the English pack, so widgets
 * never show blanks or break; a malformed list entry or crisis line English has no counterpart for
 * is left out. With `{replace: false}` a pack already registered for the topic and locale is kept
 * (that is how the packs shipped with Attune register).
 * @returns `true` when the pack was registered (possibly with gaps filled), `false` when refused or kept.
 */
export function registerPack(pack: unknown, {replace = true}: {replace?: boolean} = {}): boolean {
  const candidate = pack as Partial<ContentPack> | null;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.topic !== 'string' || typeof candidate.locale !== 'string' || !patterns.topic.test(candidate.topic) || !patterns.locale.test(candidate.locale)) {
    console.error('[attune] registerPack(): not registered: a pack needs "topic" and "locale" strings (letters, digits, hyphens).');
    return false;
  }
  const at = key(candidate.topic, candidate.locale);
  if (!replace && packs.has(at)) return false;
  const ref = packs.get(key(candidate.topic, DEFAULT_LOCALE)) ?? anxiousAttachmentEn;
  const problems: Problems = {patched: [], dropped: []};
  const completed = check(candidate, packRule, ref, '', problems) as ContentPack;
  const {patched, dropped} = problems;
  if (patched.length || dropped.length) {
    const said = [patched.length && `missing or invalid ${patched.join(', ')} (using English there)`, dropped.length && `left out ${dropped.join(', ')} (English has nothing to use there)`];
    console.warn(`[attune] registerPack(): pack "${at}": ${said.filter(Boolean).join('; ')}.`);
  }
  packs.set(at, completed);
  return true;
}

/** Whether any pack is registered for `topic`. */
export function hasTopic(topic: string): boolean {
  return [...packs.keys()].some((key) => key.startsWith(`${topic}/`));
}

/**
 * The best pack for a topic and locale: the exact locale (`en-GB`), then its language (`en`),
 * then English. Unknown topics fall back to the default topic.
 */
export function getPack(topic: string = DEFAULT_TOPIC, locale: string = DEFAULT_LOCALE): ContentPack {
  const t = hasTopic(topic) ? topic : DEFAULT_TOPIC;
  const language = locale.split('-')[0];
  return packs.get(key(t, locale)) ?? packs.get(key(t, language)) ?? packs.get(key(t, DEFAULT_LOCALE)) ?? anxiousAttachmentEn;
}

/**
 * The crisis line for a region (ISO 3166 code such as `US` or `GB`). Without a region, the
 * locale's region subtag is used (`en-GB` → `GB`); unknown regions get the pack's default line.
 */
export function crisisLine(pack: ContentPack, region?: string, locale?: string): CrisisLine {
  const code = (region || locale?.split('-')[1] || '').toUpperCase();
  return (Object.hasOwn(pack.crisis.regions, code) && pack.crisis.regions[code]) || pack.crisis.default;
}

/** Replaces `{name}` placeholders in a pack string. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}
