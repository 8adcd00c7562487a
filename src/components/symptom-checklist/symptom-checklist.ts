import {html, isServer, nothing, type PropertyValues} from 'lit';
import {AttuneFormElement} from '../../internal/form-element.js';
import {heading} from '../../internal/heading.js';
import {bookingLink} from '../../internal/booking-link.js';
import {Remembered} from '../../internal/remembered.js';
import {oneOf} from '../../internal/warn.js';
import {format} from '../../content/registry.js';
import {AttuneCompleteEvent} from '../../events/complete.js';
import {formValue, parseAnswers, parseStatements, renderStatements, type Answers, type ChecklistItem, type Mode} from './statements.js';
import {counts, reflect, renderReflection, summary} from './reflection.js';
import styles from './symptom-checklist.styles.js';

export type {ChecklistItem} from './statements.js';

/**
 * A reflection aid, **not a test**. The visitor ticks what sounds familiar (`check` mode) or says
 * how often each happens (`rate` mode: never, rarely, sometimes, often, always, as native radios in
 * a fieldset per statement), then asks for a reflection: how many patterns they recognised (or
 * noticed often or always), a warm note for the band (few: under a third; some: under two thirds;
 * many: the rest), the line that it is not a diagnosis and not a validated measure, the crisis line
 * for their region and a booking link (when the checklist or its provider has a booking URL: an
 * `<attune-booking-cta>` holding a plain link, which is what shows where that element is not registered).
 *
 * Answers never leave the page: no request, no storage (unless `remember`), and no answer, score or
 * band in any event. With a `name`, the answers are submitted with the enclosing form: in check mode
 * the ticked ids (`reassurance,overthinking`), in rate mode `id:n` pairs where n is 0 (never) to 4
 * (always) (`reassurance:3,abandonment:0`); the introduction then says that answers are sent only if
 * the visitor submits the form. It is a form field as a native one is: `disabled` (or a disabled
 * fieldset) keeps it out of the form, reset clears it, `setCustomValidity()`, `validity`, `labels`,
 * `willValidate` and `checkValidity()` work as on `<input>`, and the value is set at once. Only a named
 * checklist keeps its answers in session history (Back restores them, as for a native field); with
 * `remember` they are kept in this tab's sessionStorage under a key fixed once per element (the page,
 * then its id, name or place among the page's checklists; one entry per mode).
 *
 * Supply your own statements as a child
 * `<script type="application/json">[{"id": "…", "text": "…", "hint": "…"}]</script>` (read even when
 * the element upgraded before it was parsed). Malformed or empty JSON gives one console error and the
 * default statements; items without a unique `id` (letters, digits, `-`, `_`) and a `text` are skipped
 * with one console error.
 *
 * Progress ("2 of 5 answered") is shown at once and announced politely 0.8 s after the visitor
 * pauses. The reflection's text is filled into a `role="status"` region that is on the page from the
 * start, so it is announced once; changing an answer hides it, so it is never stale. "Copy summary"
 * (where the browser offers a clipboard) copies a plain-text summary. The widget names itself
 * through its heading and legends: use `heading` to rename it. Pre-rendered on a server, it shows
 * its statements before the script runs, with a line saying the reflection needs JavaScript.
 *
 * @tagname attune-symptom-checklist
 * @summary A private self-reflection on the signs of the topic: tick what sounds familiar, or rate
 * how often each happens, then read a gentle, non-diagnostic reflection with crisis lines and a way to book.
 *
 * @slot intro - Replaces the introduction under the heading.
 *
 * @event {Event} change - The visitor changed an answer or cleared them (bubbles). Read `value` for the answers.
 * @event {AttuneCompleteEvent} attune-complete - The visitor asked for the reflection. `detail: { mode, answered, total }`, only these three keys: never which answers, a score or a band. In check mode `answered` is always `total`, so it never reveals how many were ticked. Bubbles, composed.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading element.
 * @csspart item - One statement (a list item in check mode, a fieldset in rate mode).
 * @csspart control - A checkbox or radio button.
 * @csspart scale - The row of rate-mode answers of one statement.
 * @csspart progress - The "2 of 5 answered" line.
 * @csspart actions - The row of buttons.
 * @csspart show - The "Show my reflection" button.
 * @csspart clear - The "Clear my answers" button.
 * @csspart result - The reflection's text (a `role="status"` region, present and empty until shown).
 * @csspart result-heading - The reflection's heading.
 * @csspart next - Below the reflection: the booking link and the copy button.
 * @csspart crisis - The crisis line inside the reflection.
 * @csspart book - The booking link inside the reflection (an `<attune-booking-cta>`).
 * @csspart copy - The "Copy summary" button.
 * @csspart copied - Beside it, the status region that says the summary was copied.
 */
export class AttuneSymptomChecklist extends AttuneFormElement {
  static override styles = [AttuneFormElement.styles, styles];

  static override properties = {
    mode: {reflect: true},
    required: {type: Boolean, reflect: true},
    heading: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    bookingUrl: {attribute: 'booking-url'},
    region: {},
    remember: {type: Boolean},
    answers: {state: true},
    shown: {state: true},
    announced: {state: true},
    copied: {state: true},
  };

  /** `check` (a checkbox per statement, the default) or `rate` (never … always for each). */
  mode: Mode = 'check';

  /** Rate mode: the form cannot be submitted until every statement is rated (the visitor is sent to the first unrated one). Check mode never blocks: ticking nothing is an answer ("none of these"). */
  required = false;

  /** Replaces the heading text from the content pack. */
  declare heading?: string;

  /** Level of the heading, 1–6. The reflection's heading is one level below. */
  headingLevel = 2;

  /** Where the reflection's booking link goes (http or https). Default: the provider's `booking-url`. */
  declare bookingUrl?: string;

  /** Region for the crisis line: `US`/`CA` 988, `GB`/`IE` Samaritans 116 123, `AU` Lifeline 13 11 14 (each followed by the emergency number), elsewhere the local emergency number. Default: the provider's, then the locale's. A value that is not a two-letter code warns once. */
  declare region?: string;

  /** Keep answers in this tab's sessionStorage (never localStorage) until cleared or the tab closes. */
  remember = false;

  /** Answers by statement id (a Map: an id such as `__proto__` is an id like any other). */
  private answers: Answers = new Map();
  private shown = false;
  private announced = '';
  private copied = false;
  #items: readonly ChecklistItem[] = [];
  /** The page's own statements, parsed from the child JSON script, and the text they were parsed from. */
  #custom?: {json: string; items?: ChecklistItem[]};
  #mode: Mode = 'check';
  #timer?: ReturnType<typeof setTimeout>;
  #remembered = new Remembered(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.remember && !isServer && !this.answers.size) this.answers = parseAnswers(this.#remembered.read(this.mode === 'rate' ? 'rate' : 'check'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mode = oneOf(this, 'mode', this.mode, ['check', 'rate'], 'check');
    if (this.hasUpdated && mode !== this.#mode) this.answers = new Map();
    this.#mode = mode;
    this.regionCode(this.region);
    const json = this.childMarkup.json;
    if (json !== undefined && json !== this.#custom?.json) this.#custom = {json, items: parseStatements(this, json)};
    this.#items = this.#custom?.items ?? (this.pack.sections.signs.items ?? []).map((sign) => ({id: sign.id, text: sign.title, hint: sign.text}));
    // The live region starts with the current progress, so reading the page finds it.
    if (!this.hasUpdated) this.announced = this.#progress;
  }

  protected override updated(): void {
    // Again after rendering, so validation can point at the first unrated statement's radio.
    this.#commit();
  }

  /** Hands the form value and validity to the form, at once. */
  #commit() {
    // In check mode ticking nothing is an answer ("none of these"), so only rate mode can be missing answers.
    const missing = this.required && this.#mode === 'rate' && counts(this.#items, this.answers, 'rate').answered < this.#items.length;
    this.setFormValue(this.value, missing ? {flags: {valueMissing: true}, message: this.pack.checklist.required, anchor: this.#firstUnanswered} : undefined);
  }

  /** The first radio of the first statement not yet rated (where validation sends the visitor). */
  get #firstUnanswered(): HTMLInputElement | undefined {
    const i = this.#items.findIndex((item) => !this.answers.has(item.id));
    return i < 0 ? undefined : (this.renderRoot.querySelector<HTMLInputElement>(`input[name="q${i}"]`) ?? undefined);
  }

  /** Focuses the first statement not yet answered (or the first one). */
  override focus(options?: FocusOptions) {
    (this.#firstUnanswered ?? this.renderRoot.querySelector('input'))?.focus(options);
  }

  /** The answers in the form format (see the description); empty when none. Read it on purpose. */
  get value(): string {
    return formValue(this.#items, this.answers, this.#mode);
  }

  /** Empties every answer, hides the reflection and forgets any stored copy. */
  clear() {
    this.#setAnswers(new Map());
    this.#remembered.forget(['check', 'rate']);
  }

  formResetCallback() {
    this.clear();
  }

  formStateRestoreCallback(state: string | null) {
    this.#setAnswers(parseAnswers(state));
  }

  #setAnswers(answers: Answers) {
    this.answers = answers;
    this.shown = false;
    this.copied = false;
    this.#commit();
    this.#announce();
  }

  /** Updates the polite live progress a moment after the last change, not on every keystroke. */
  #announce() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.announced = this.#progress), 800);
  }

  /** "2 of 5 answered" (rate) or "2 of 5 selected" (check). */
  get #progress() {
    const {answered, total} = counts(this.#items, this.answers, this.#mode);
    return format(this.#mode === 'rate' ? this.pack.checklist.progress : this.pack.checklist.checkProgress, {answered, total});
  }

  #handleAnswer(id: string, value: number | undefined) {
    const answers = new Map(this.answers);
    if (value === undefined) answers.delete(id);
    else answers.set(id, value);
    this.#setAnswers(answers);
    if (this.remember) this.#remembered.write(this.#mode, this.value);
    // The inner input's `change` does not leave the shadow root; the page gets one from the element.
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }

  #handleClear() {
    this.clear();
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }

  #handleShow() {
    clearTimeout(this.#timer);
    this.shown = true;
    const {answered, total} = counts(this.#items, this.answers, this.#mode);
    // In check mode every statement is answered (unticked means "not like me"), so `answered`
    // never reveals how many were ticked.
    this.dispatchEvent(new AttuneCompleteEvent({mode: this.#mode, answered: this.#mode === 'rate' ? answered : total, total}));
  }

  get #reflection() {
    return reflect(this.pack, this.#items, this.answers, this.#mode, this.regionCode(this.region) ?? this.inherited.region, this.currentLocale);
  }

  async #handleCopy() {
    try {
      await navigator.clipboard.writeText(summary(this.pack.checklist.resultHeading, this.#reflection));
      this.copied = true;
    } catch {
      this.copied = false;
    }
  }

  #renderNext() {
    const texts = this.pack.checklist;
    const url = this.bookingUrlFrom(this.bookingUrl);
    const {locale, topic} = this.pack;
    return html`
      ${url ? bookingLink({part: 'book', href: url, label: this.pack.booking.label, look: 'button', locale, topic}) : nothing}
      ${navigator.clipboard
        ? html`<button part="copy" class="btn" type="button" @click=${this.#handleCopy}>${texts.copy}</button>
            <span part="copied" role="status">${this.copied ? texts.copied : nothing}</span>`
        : nothing}
    `;
  }

  protected override renderContent() {
    const texts = this.pack.checklist;
    const r = this.shown && this.#reflection;
    return html`
      <div part="base">
        ${heading(this.level, 'heading', 'heading', this.heading?.trim() || texts.heading)}
        <slot name="intro"><p>${this.name ? texts.introForm : texts.intro}</p></slot>
        <fieldset>
          <legend>${this.#mode === 'rate' ? texts.rateLegend : texts.legend}</legend>
          ${renderStatements({
            items: this.#items,
            answers: this.answers,
            mode: this.#mode,
            scale: texts.scale,
            disabled: this.disabled || this.formDisabled,
            required: this.required,
            onAnswer: (id, value) => this.#handleAnswer(id, value),
          })}
        </fieldset>
        <p part="progress" aria-hidden="true">${this.#progress}</p>
        <p class="sr" aria-live="polite">${this.announced}</p>
        <div part="actions">
          <button part="show" class="btn primary" type="button" @click=${this.#handleShow}>${texts.show}</button>
          <button part="clear" class="btn" type="button" @click=${this.#handleClear}>${texts.clear}</button>
        </div>
        <p class="needs-script">${texts.needsScript}</p>
        <div role="status" part="result">
          ${r ? renderReflection(r, Math.min(this.level + 1, 6), texts.resultHeading) : nothing}
        </div>
        ${r ? html`<div part="next">${this.#renderNext()}</div>` : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-symptom-checklist': AttuneSymptomChecklist;
  }
}
