import {anxiousAttachmentEn} from './anxious-attachment.en.js';
import type {ContentPack, CrisisLine} from './types.js';

export const DEFAULT_TOPIC = 'anxious-attachment';
export const DEFAULT_LOCALE = 'en';

type Packs = Map<string, ContentPack>;

// One registry per page, shared by every copy of the library (script tag and npm build alike),
// so a pack registered through one copy is seen by the widgets of the other.
const registryKey = Symbol.for('attune.content-packs');
const packs: Packs = ((globalThis as Record<symbol, Packs>)[registryKey] ??= new Map());
packs.set(`${DEFAULT_TOPIC}/${DEFAULT_LOCALE}`, anxiousAttachmentEn);

// Keys a pack may leave out without a complaint.
const optionalKeys = new Set(['intro', 'outro', 'dir', 'tel', 'note']);
const lineShape = {where: '', text: ''};

/**
 * Checks `value` against the reference shape `ref`; returns a complete copy with every gap
 * filled from `ref`, and records the path of each gap in `problems`. In lists of items (and of
 * crisis lines) an incomplete entry is dropped rather than patched.
 */
function complete(value: any, ref: any, path: string, problems: string[]): unknown {
  const gap = () => (problems.push(path), ref);
  if (typeof ref === 'string') return typeof value === 'string' && value.trim() ? value : gap();
  if (!value || typeof value !== 'object' || Array.isArray(value) !== Array.isArray(ref)) return gap();
  const keep = (entry: unknown, shape: unknown, at: string) => {
    const gaps: string[] = [];
    complete(entry, shape, at, gaps);
    problems.push(...gaps);
    return !gaps.length;
  };
  if (Array.isArray(ref)) {
    if (typeof ref[0] === 'string') return value.length === ref.length ? ref.map((r, i) => complete(value[i], r, `${path}[${i}]`, problems)) : gap();
    const items = value.filter((item: unknown, i: number) => keep(item, ref[0], `${path}[${i}]`));
    return items.length ? items : gap();
  }
  const out = {...value};
  for (const key of Object.keys(ref)) {
    const at = path ? `${path}.${key}` : key;
    const own = value[key];
    if (own === undefined && optionalKeys.has(key)) continue;
    out[key] =
      // Paragraphs: any number of them (none too), each a text.
      (key === 'intro' || key === 'outro') && Array.isArray(own)
        ? own.length ? complete(own, own.map(() => ''), at, problems) : []
        : key === 'regions' && own && typeof own === 'object'
        ? Object.fromEntries(Object.entries(own).filter(([region, line]) => keep(line, lineShape, `${at}.${region}`)))
        : complete(own, ref[key], at, problems);
  }
  return out;
}

/**
 * Registers a content pack (another topic, another locale, or your own wording of the default one).
 * The pack is plain data; it is checked at once. Missing or malformed texts are listed in one
 * console warning and filled from the English pack, so widgets never show blanks.
 * @returns `true` when the pack was registered (possibly with gaps filled), `false` when refused.
 */
export function registerPack(pack: unknown): boolean {
  const candidate = pack as Partial<ContentPack> | null;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.topic !== 'string' || typeof candidate.locale !== 'string' || !/^[a-z0-9-]+$/i.test(candidate.topic + candidate.locale)) {
    console.error('[attune] registerPack(): not registered: a pack needs "topic" and "locale" strings (letters, digits, hyphens).');
    return false;
  }
  const ref = packs.get(`${candidate.topic}/${DEFAULT_LOCALE}`) ?? anxiousAttachmentEn;
  const problems: string[] = [];
  const completed = complete(candidate, ref, '', problems) as ContentPack;
  if (problems.length) {
    console.warn(`[attune] registerPack(): pack "${candidate.topic}/${candidate.locale}" lacks valid texts for ${problems.join(', ')}; using English there.`);
  }
  packs.set(`${candidate.topic}/${candidate.locale}`, completed);
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
  return packs.get(`${t}/${locale}`) ?? packs.get(`${t}/${language}`) ?? packs.get(`${t}/${DEFAULT_LOCALE}`) ?? anxiousAttachmentEn;
}

/**
 * The crisis line for a region (ISO 3166 code such as `US` or `GB`). Without a region, the
 * locale's region subtag is used (`en-GB` → `GB`); unknown regions get the pack's default line.
 */
export function crisisLine(pack: ContentPack, region?: string, locale?: string): CrisisLine {
  const code = (region || locale?.split('-')[1] || '').toUpperCase();
  return pack.crisis.regions[code] ?? pack.crisis.default;
}

/** Replaces `{name}` placeholders in a pack string. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
