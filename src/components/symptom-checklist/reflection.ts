import {html} from 'lit';
import {crisisLine, format} from '../../content/registry.js';
import {heading} from '../../internal/heading.js';
import type {ContentPack, CrisisLine} from '../../content/types.js';
import type {Answers, ChecklistItem, Mode} from './statements.js';

/** How far the visitor got, and how many patterns they recognised (rated often or always, in rate mode). */
export function counts(items: readonly ChecklistItem[], answers: Answers, mode: Mode) {
  const values = items.filter((item) => answers.has(item.id)).map((item) => answers.get(item.id)!);
  const recognised = mode === 'rate' ? values.filter((v) => v >= 3).length : values.length;
  return {answered: values.length, total: items.length, recognised};
}

/** The reflection's lines: never a label, always the not-a-diagnosis line and a crisis line. */
export interface Reflection {
  count: string;
  band: string;
  disclaimer: string;
  /** "If you need help now: In the US, " */
  crisisLead: string;
  line: CrisisLine;
}

export function reflect(pack: ContentPack, items: readonly ChecklistItem[], answers: Answers, mode: Mode, region: string | undefined, locale: string): Reflection {
  const texts = pack.checklist;
  const {recognised, total} = counts(items, answers, mode);
  const ratio = recognised / total;
  const line = crisisLine(pack, region, locale);
  return {
    count: format(mode === 'rate' ? texts.rateCountLine : texts.countLine, {count: recognised, total}),
    band: ratio < 1 / 3 ? texts.bands.few : ratio < 2 / 3 ? texts.bands.some : texts.bands.many,
    disclaimer: texts.disclaimer,
    crisisLead: `${pack.crisis.heading}: ${line.where}, `,
    line,
  };
}

/** The reflection as plain text, for the clipboard. */
export const summary = (heading: string, r: Reflection) => [heading, r.count, r.band, r.disclaimer, `${r.crisisLead}${r.line.text}${r.line.note ?? ''}.`].join('\n');

/** The reflection as it is shown, under a heading of `level`; the crisis line's helpline is a tel: link. */
export function renderReflection(r: Reflection, level: number, title: string) {
  const tel = r.line.tel?.replace(/[^\d+]/g, '');
  return html`
    ${heading(level, 'result-heading', 'result-heading', title)}
    <p>${r.count}</p>
    <p>${r.band}</p>
    <p><strong>${r.disclaimer}</strong></p>
    <p part="crisis">${r.crisisLead}${tel ? html`<a href="tel:${tel}">${r.line.text}</a>` : r.line.text}${r.line.note}.</p>
  `;
}
