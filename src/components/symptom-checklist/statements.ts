import {html, isServer, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import {patterns} from '../../content/patterns.js';
import {errorAttribute} from '../../internal/warn.js';

/** One statement of the checklist. */
export interface ChecklistItem {
  id: string;
  text: string;
  hint?: string;
}

export type Mode = 'check' | 'rate';

/** The visitor's answers by statement id: 1 for a ticked box, 0 (never) to 4 (always) in rate mode. */
export type Answers = ReadonlyMap<string, number>;

const where = '<script type="application/json"> items';

/**
 * A page's own statements, from a child `<script type="application/json">`: the valid ones (a unique
 * id of letters, digits, `-` and `_`, and a text), or `undefined` when none is, with one console error.
 */
export function parseStatements(el: Element, json: string): ChecklistItem[] | undefined {
  try {
    const data: unknown = JSON.parse(json);
    const ids = new Set<string>();
    const list = Array.isArray(data) ? data : [];
    const items = list.filter(
      (item) =>
        item && typeof item.id === 'string' && patterns.id.test(item.id) && !ids.has(item.id) && ids.add(item.id) && typeof item.text === 'string' && item.text.trim() && (item.hint == null || typeof item.hint === 'string'),
    );
    if (!items.length) throw new Error();
    if (items.length < list.length) errorAttribute(el, where, undefined, 'skipped items without a unique "id" (letters, digits, -, _) and a "text".');
    return items;
  } catch {
    errorAttribute(el, where, undefined, 'expected a JSON array of {"id", "text", "hint"?}; using the defaults.');
    return undefined;
  }
}

/** The answers in the form format: ticked ids (`a,b`) in check mode, `id:n` pairs in rate mode. */
export function formValue(items: readonly ChecklistItem[], answers: Answers, mode: Mode): string {
  return items
    .filter((item) => answers.has(item.id))
    .map((item) => (mode === 'rate' ? `${item.id}:${answers.get(item.id)}` : item.id))
    .join(',');
}

/** Answers from the form format (a restored form state, a remembered value). */
export function parseAnswers(value: string | null | undefined): Map<string, number> {
  const answers = new Map<string, number>();
  for (const pair of (value ?? '').split(',')) {
    const [id, n] = pair.split(':');
    if (id) answers.set(id, n === undefined ? 1 : Math.min(4, Math.max(0, Number(n) || 0)));
  }
  return answers;
}

/** What the statements show: the items, the answers, and where an answer goes. */
export interface StatementsView {
  items: readonly ChecklistItem[];
  answers: Answers;
  mode: Mode;
  scale: readonly string[];
  disabled: boolean;
  required: boolean;
  onAnswer(id: string, value: number | undefined): void;
}

/**
 * The statements: a checkbox each in a list (check mode), or a fieldset each with a radio per answer
 * (rate mode), each described by its hint. On the server a control is ticked by its attribute (a
 * property would be written as checked="false", which ticks it); in the browser by its `checked`
 * property, compared with the control itself (live), so it always shows the answers.
 */
export function renderStatements({items, answers, mode, scale, disabled, required, onAnswer}: StatementsView) {
  const hint = (item: ChecklistItem, i: number) => (item.hint ? html`<small id="hint-${i}">${item.hint}</small>` : nothing);
  const described = (item: ChecklistItem, i: number) => (item.hint ? `hint-${i}` : nothing);
  if (mode === 'rate') {
    return items.map(
      (item, i) => html`
        <fieldset part="item">
          <legend>${item.text}</legend>
          ${hint(item, i)}
          <div part="scale">
            ${scale.map(
              (label, n) => html`<label>
                <input part="control" type="radio" name="q${i}" aria-describedby=${described(item, i)} ?required=${required} ?disabled=${disabled} ?checked=${isServer && answers.get(item.id) === n} .checked=${isServer ? nothing : live(answers.get(item.id) === n)} @change=${() => onAnswer(item.id, n)} />${label}
              </label>`,
            )}
          </div>
        </fieldset>
      `,
    );
  }
  return html`<ul role="list">
    ${items.map(
      (item, i) => html`<li part="item">
        <label>
          <input part="control" type="checkbox" ?disabled=${disabled} aria-describedby=${described(item, i)} ?checked=${isServer && answers.has(item.id)} .checked=${isServer ? nothing : live(answers.has(item.id))} @change=${(e: Event) => onAnswer(item.id, (e.target as HTMLInputElement).checked ? 1 : undefined)} />
          <span>${item.text}</span>
        </label>
        ${hint(item, i)}
      </li>`,
    )}
  </ul>`;
}
