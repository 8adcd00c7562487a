/**
 * The rules of a content pack: the one source of `registerPack()`'s checks and of the published
 * JSON Schema (`content-pack.schema.json` is generated from this file by the build, and `npm test`
 * fails when the two differ).
 *
 * A rule is
 * - the name of a kind of text (see `patterns`): a string that matches its pattern;
 * - an object: the keys a value has and their rules (a key ending in `?` may be left out);
 * - `['list', rule]`: one or more entries (ids unique); a bad entry is dropped, not patched;
 * - `['texts', min, max?]`: from `min` to `max` texts (paragraphs, the rating scale);
 * - `['regions', rule]`: an entry per two-letter region code.
 */
import {patterns} from './patterns.js';

export {patterns};

export type Rule = keyof typeof patterns | {[key: string]: Rule} | ['list', Rule] | ['texts', number, number?] | ['regions', Rule];

const item: Rule = {id: 'id', title: 'text', text: 'text'};
const section: Rule = {heading: 'text', 'intro?': ['texts', 0], 'items?': ['list', item], 'outro?': ['texts', 0]};
const line: Rule = {where: 'text', text: 'text', 'tel?': 'tel', 'note?': 'words'};

export const packRule: Rule = {
  topic: 'topic',
  locale: 'locale',
  'dir?': 'dir',
  title: 'text',
  sections: {
    'what-is': section,
    signs: section,
    origins: section,
    therapies: {heading: 'text', 'intro?': ['texts', 0], items: ['list', {id: 'id', title: 'text', text: 'text', session: 'text', helps: 'text'}], 'outro?': ['texts', 0]},
    benefits: section,
    closing: section,
  },
  booking: {heading: 'text', text: 'text', label: 'text', dialogTitle: 'text', newTab: 'text', close: 'text'},
  checklist: {
    heading: 'text',
    intro: 'text',
    introForm: 'text',
    legend: 'text',
    rateLegend: 'text',
    scale: ['texts', 5, 5],
    progress: 'text',
    checkProgress: 'text',
    show: 'text',
    clear: 'text',
    copy: 'text',
    copied: 'text',
    resultHeading: 'text',
    countLine: 'text',
    rateCountLine: 'text',
    bands: {few: 'text', some: 'text', many: 'text'},
    disclaimer: 'text',
    required: 'text',
    needsScript: 'text',
  },
  cards: {more: 'text', session: 'text', helps: 'text', ask: 'text'},
  crisis: {heading: 'text', regions: ['regions', line], default: line},
  ui: {newTabHint: 'text', loading: 'text'},
};

/** Rules that several keys share, named in the generated JSON Schema's `$defs`. */
export const named: Record<string, Rule> = {item, section, crisisLine: line};

/**
 * Descriptions for the generated JSON Schema, by path (`*` stands for any entry). Only the
 * schema generator reads them; bundles leave them out.
 */
export const notes: Record<string, string> = {
  '': "Every text an Attune widget shows, for one topic in one language. A complete pack validates against this schema. registerPack() checks a pack by the same rules: a missing or malformed text is listed in one console warning and the English one is used; a malformed list entry or crisis line without an English counterpart is left out.",
  topic: 'Topic id, e.g. "anxious-attachment".',
  locale: 'Language tag, e.g. "es" or "en-GB".',
  dir: 'Writing direction: "ltr" (the default) or "rtl".',
  sections: "The explainer's sections. Lists may have any number of items: add, remove or reword them.",
  'sections.signs': "Its items are also the checklist's statements (title → statement, text → hint).",
  'sections.therapies.items': 'One or more therapies; each id appears once.',
  'sections.therapies.items.*.text': 'One-line summary.',
  'sections.therapies.items.*.session': 'What a session involves.',
  'sections.therapies.items.*.helps': 'How it helps with the topic.',
  'booking.dialogTitle': "{practice} is replaced by the practice's name.",
  'checklist.scale': 'Never … always: exactly five answers.',
  'checklist.progress': '{answered} and {total} are replaced.',
  'checklist.checkProgress': '{answered} and {total} are replaced.',
  'checklist.countLine': '{count} and {total} are replaced.',
  'checklist.rateCountLine': '{count} and {total} are replaced.',
  'checklist.disclaimer': 'Must say that the reflection is not a diagnosis and not a validated measure.',
  'cards.ask': "{therapy} is replaced by the therapy's name.",
  'crisis.regions': 'Crisis lines by two-letter region code (ISO 3166) in capitals, e.g. "US", "ES".',
  'crisisLine.where': 'Who it is for, e.g. "In the US".',
  'crisisLine.text': 'What to do; a tel: link when `tel` is set.',
  'crisisLine.tel': 'The number for the tel: link: digits, spaces and +.',
  'crisisLine.note': 'Words after the link, e.g. "; in an emergency, call 911".',
  'section.items': 'One or more entries; each id appears once.',
};
