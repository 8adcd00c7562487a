import {anxiousAttachmentEn} from './anxious-attachment.en.js';
import type {ContentPack, CrisisLine} from './types.js';
import {patterns} from './patterns.js';

export const DEFAULT_TOPIC = 'anxious-attachment';
export const DEFAULT_LOCALE = 'en';

type Packs = Map<string, ContentPack>;

// One registry per page, shared by every copy of the library (script tag and npm build alike),
// so a pack registered through one copy is seen by the widgets of the other: the packs, the
// registrations still being checked or loaded, and an event target that says when packs change.
const page = globalThis as unknown as Record<symbol, unknown>;
const packs = (page[Symbol.for('attune.content-packs')] ??= new Map()) as Packs;
const shared = (page[Symbol.for('attune.content-packs.state')] ??= {pending: new Set(), changes: new EventTarget(), loading: new Map()}) as {
  pending: Set<Promise<unknown>>;
  changes: EventTarget;
  loading: Map<string, Promise<unknown>>;
};
const key = (topic: string, locale: string) => `${topic}/${locale}`;

/** Marks the English pack of a one-element bundle, which carries only its element's texts (rollup.config.mjs). */
const partial = Symbol.for('attune.partial-pack');

/**
 * Adds a pack shipped with Attune (checked when the library is built). It never replaces one
 * already there (a second copy loaded later must not put the stock texts back over the site's
 * own), except a one-element bundle's partial one, which it completes.
 */
export function addShippedPack(pack: ContentPack) {
  const at = key(pack.topic, pack.locale);
  const there = packs.get(at);
  if (there && !(partial in there)) return;
  packs.set(at, there && partial in pack ? {...there, ...pack, sections: {...there.sections, ...pack.sections}} : pack);
  shared.changes.dispatchEvent(new Event('change'));
}
addShippedPack(anxiousAttachmentEn);

/** Keeps `job` among the registrations widgets wait for until it settles. */
function pending(job: Promise<unknown>) {
  const settled = job.finally(() => shared.pending.delete(settled));
  shared.pending.add(settled);
}

/** Whether a pack is still being checked or loaded. */
export const packsPending = () => shared.pending.size > 0;

/** Resolves once every pack registered or requested so far is checked (or has failed to load) and in use. */
export async function packsReady(): Promise<void> {
  while (shared.pending.size) await Promise.allSettled([...shared.pending]);
}

/** Calls `listener` whenever a pack is added; returns the function that stops it. */
export function onPacksChange(listener: () => void): () => void {
  shared.changes.addEventListener('change', listener);
  return () => shared.changes.removeEventListener('change', listener);
}

/** The languages Attune ships a pack for beyond English, loaded only when a page asks for one. */
const shipped: Record<string, () => Promise<ContentPack>> = {
  es: () => import('./anxious-attachment.es.js').then((module) => module.anxiousAttachmentEs),
};

/**
 * Loads the shipped pack for `locale`'s language when there is one and no pack for it yet: once,
 * from beside the script, and the widgets update when it arrives. A file that fails to load leaves
 * English, with one console error naming it.
 */
export function requestLanguage(locale: string) {
  const language = locale.split('-')[0].toLowerCase();
  const load = Object.hasOwn(shipped, language) ? shipped[language] : undefined;
  if (!load || packs.has(key(DEFAULT_TOPIC, language)) || shared.loading.has(language)) return;
  const job = load().then(
    (loaded) => addShippedPack(loaded),
    // (Named as the script-tag build names it; a bundler's name for it is in the browser's own message.)
    (error: Error) => console.error(`[attune] could not load the "${language}" content pack (attune-anxious-attachment.${language}.js, beside attune.js); showing English. ${error.message}`),
  );
  shared.loading.set(language, job);
  pending(job);
}

/**
 * Registers a content pack (another topic, another locale, or your own wording of the default one).
 * The pack is plain data, checked against the rules the JSON Schema publishes (by a small module
 * loaded the first time a page registers a pack; widgets wait for it before they render). Missing or
 * malformed texts are listed in one console warning and taken from the English pack, so widgets
 * never show blanks or break; a malformed list entry or crisis line English has no counterpart for
 * is left out. With `{replace: false}` a pack already registered for the topic and locale is kept.
 * `await packsReady()` to know it is in use.
 * @returns `false` when refused at once (not a pack, or kept), else `true`.
 */
export function registerPack(pack: unknown, {replace = true}: {replace?: boolean} = {}): boolean {
  const candidate = pack as Partial<ContentPack> | null;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.topic !== 'string' || typeof candidate.locale !== 'string' || !patterns.topic.test(candidate.topic) || !patterns.locale.test(candidate.locale)) {
    console.error('[attune] registerPack(): not registered: a pack needs "topic" and "locale" strings (letters, digits, hyphens).');
    return false;
  }
  const at = key(candidate.topic, candidate.locale);
  if (!replace && packs.has(at)) return false;
  pending(
    import('./check.js').then(({checkPack}) => {
      const {pack: checked, warning} = checkPack(candidate, packs.get(key(candidate.topic!, DEFAULT_LOCALE)) ?? anxiousAttachmentEn, at);
      if (warning) console.warn(warning);
      packs.set(at, checked);
      shared.changes.dispatchEvent(new Event('change'));
    }, (error: Error) => console.error(`[attune] registerPack(): pack "${at}" not registered: its checks could not be loaded. ${error.message}`)),
  );
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
