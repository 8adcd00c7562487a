import {html, nothing, type PropertyValues} from 'lit';
import {AttuneElement} from '../../internal/attune-element.js';
import {heading, headingLevel} from '../../internal/heading.js';
import {ownUrl} from '../../internal/url.js';
import {errorAttribute, oneOf, warnAttribute} from '../../internal/warn.js';
import {crisisLine, format} from '../../content/registry.js';
import {AttuneCompleteEvent} from '../../events/complete.js';
import styles from './symptom-checklist.styles.js';

/** One statement of the checklist. */
export interface ChecklistItem {
  id: string;
  text: string;
  hint?: string;
}

type Mode = 'check' | 'rate';

/**
 * A reflection aid, **not a test**. The visitor ticks what sounds familiar (`check` mode) or says
 * how often each happens (`rate` mode: never, rarely, sometimes, often, always, as native radios in
 * a fieldset per statement), then asks for a reflection: how many patterns they recognised (or
 * noticed often or always), a warm note for the band (few: under a third; some: under two thirds;
 * many: the rest), the line that it is not a diagnosis and not a validated measure, the crisis line
 * for their region and a booking link (when the checklist or its provider has a booking URL; an
 * `<attune-booking-cta>` when that element is registered).
 *
 * Answers never leave the page: no request, no storage (unless `remember`), and no answer, score or
 * band in any event. With a `name`, the answers are submitted with the enclosing form: in check mode
 * the ticked ids (`reassurance,overthinking`), in rate mode `id:n` pairs where n is 0 (never) to 4
 * (always) (`reassurance:3,abandonment:0`); the introduction then says that answers are sent only if
 * the visitor submits the form. Form reset clears it, the browser's form state restore restores it,
 * a disabled fieldset disables it.
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
 * through its heading and legends: use `heading` to rename it.
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
 * @csspart book - The booking link inside the reflection (when `<attune-booking-cta>` is not registered).
 * @csspart copy - The "Copy summary" button.
 * @csspart copied - Beside it, the status region that says the summary was copied.
 */
export class AttuneSymptomChecklist extends AttuneElement {
  static override styles = [AttuneElement.styles, styles];
  static formAssociated = true;

  static override properties = {
    mode: {reflect: true},
    name: {reflect: true},
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
    disabled: {state: true},
  };

  /** `check` (a checkbox per statement, the default) or `rate` (never … always for each). */
  mode: Mode = 'check';

  /** Form field name. With a name, the answers are submitted with the enclosing form. */
  declare name?: string;

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
  private answers = new Map<string, number>();
  private shown = false;
  private announced = '';
  private copied = false;
  private disabled = false;
  #items: ChecklistItem[] = [];
  #customItems?: ChecklistItem[];
  #currentMode: Mode = 'check';
  #level = 2;
  #bookingUrl?: string;
  #timer?: ReturnType<typeof setTimeout>;
  #storageKey?: string;
  #internals = this.attachInternals();

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.remember && !this.answers.size) this.#restore(this.#storage('get'));
  }

  protected override readChildren() {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script && !this.#customItems) {
      this.#customItems = this.#parseItems(script.textContent ?? '');
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mode = oneOf(this, 'mode', this.mode, ['check', 'rate'], 'check');
    if (this.hasUpdated && mode !== this.#currentMode) this.answers = new Map();
    this.#currentMode = mode;
    this.#level = headingLevel(this);
    if (changed.has('region') && this.region && !/^[a-z]{2}$/i.test(this.region)) {
      warnAttribute(this, 'region', this.region, 'expected a region code like "US"; ignored.');
    }
    this.#bookingUrl = ownUrl(this, 'booking-url', this.bookingUrl) ?? this.inherited.bookingUrl;
    this.#items = this.#customItems ?? (this.pack.sections.signs.items ?? []).map((s) => ({id: s.id, text: s.title, hint: s.text}));
    // The live region starts with the current progress, so reading the page finds it.
    if (!this.hasUpdated) this.announced = this.#progress;
  }

  protected override updated(): void {
    const value = this.value;
    // In check mode ticking nothing is an answer ("none of these"), so only rate mode can be missing answers.
    const missing = this.required && this.#currentMode === 'rate' && this.#firstUnanswered;
    // Only a named field is submitted, or kept in session history for Back (as a native field is).
    const kept = this.name ? value || null : null;
    this.#internals.setFormValue(kept, kept);
    this.#internals.setValidity(missing ? {valueMissing: true} : {}, missing ? this.pack.checklist.required : '', missing || undefined);
  }

  /** The first radio of the first statement not yet rated (where validation sends the visitor). */
  get #firstUnanswered(): HTMLInputElement | undefined {
    const i = this.#items.findIndex((item) => !this.answers.has(item.id));
    return i < 0 ? undefined : (this.renderRoot.querySelector(`input[name="q${i}"]`) ?? undefined);
  }

  /** Focuses the first statement not yet answered (or the first one). */
  override focus(options?: FocusOptions) {
    (this.#firstUnanswered ?? this.renderRoot.querySelector('input'))?.focus(options);
  }

  /** The answers in the form format (see the description); empty when none. Read it on purpose. */
  get value(): string {
    return this.#items
      .filter((item) => this.answers.has(item.id))
      .map((item) => (this.#currentMode === 'rate' ? `${item.id}:${this.answers.get(item.id)}` : item.id))
      .join(',');
  }

  /** The form the element belongs to, as on native form controls. */
  get form() {
    return this.#internals.form;
  }

  /** The element's validity state, as on native form controls (`valueMissing` in rate mode with `required`). */
  get validity() {
    return this.#internals.validity;
  }

  /** The message the browser shows when the element is invalid (from the content pack), as on native form controls. */
  get validationMessage() {
    return this.#internals.validationMessage;
  }

  /** Whether the element is valid, firing `invalid` when not, as on native form controls. */
  checkValidity() {
    return this.#internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser shows the message when invalid. */
  reportValidity() {
    return this.#internals.reportValidity();
  }

  /** Empties every answer, hides the reflection and forgets any stored copy. */
  clear() {
    this.answers = new Map();
    this.shown = false;
    this.#storage('remove');
    this.#announce();
  }

  #handleClear() {
    this.clear();
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }

  formResetCallback() {
    this.clear();
  }

  formStateRestoreCallback(state: string | null) {
    this.#restore(state);
  }

  formDisabledCallback(disabled: boolean) {
    this.disabled = disabled;
  }

  get #counts() {
    const values = this.#items.filter((item) => this.answers.has(item.id)).map((item) => this.answers.get(item.id)!);
    const recognised = this.#currentMode === 'rate' ? values.filter((v) => v >= 3).length : values.length;
    return {answered: values.length, total: this.#items.length, recognised};
  }

  #parseItems(text: string): ChecklistItem[] | undefined {
    try {
      const data: unknown = JSON.parse(text);
      const ids = new Set<string>();
      const items = (Array.isArray(data) ? data : []).filter(
        (i) =>
          i && /^[\w-]+$/.test(typeof i.id == 'string' ? i.id : '') && !ids.has(i.id) && ids.add(i.id) && typeof i.text === 'string' && i.text.trim() && (i.hint == null || typeof i.hint === 'string'),
      );
      if (!items.length) throw new Error();
      if (items.length < (data as unknown[]).length) {
        errorAttribute(this, '<script type="application/json"> items', undefined, 'skipped items without a unique "id" (letters, digits, -, _) and a "text".');
      }
      return items;
    } catch {
      errorAttribute(this, '<script type="application/json"> items', undefined, 'expected a JSON array of {"id", "text", "hint"?}; using the defaults.');
      return undefined;
    }
  }

  #restore(state: string | null | undefined) {
    const answers = new Map<string, number>();
    for (const pair of (state ?? '').split(',')) {
      const [id, n] = pair.split(':');
      if (id) answers.set(id, n === undefined ? 1 : Math.min(4, Math.max(0, Number(n) || 0)));
    }
    this.answers = answers;
  }

  /**
   * sessionStorage, only with `remember`; a browser that blocks storage is simply not remembered.
   * The key is fixed the first time it is needed: this page, and the element's id, else its name,
   * else its place among the page's checklists; one entry per mode.
   */
  #storage(action: 'get' | 'set' | 'remove'): string | null {
    const peers = [...(this.getRootNode() as ParentNode).querySelectorAll(this.localName)];
    this.#storageKey ??= `attune-checklist:${location.pathname}:${this.id ? `id=${this.id}` : this.name ? `name=${this.name}` : `n=${peers.indexOf(this)}`}`;
    const key = (mode: Mode) => `${this.#storageKey}:${mode}`;
    try {
      if (action === 'remove') for (const mode of ['check', 'rate'] as const) sessionStorage.removeItem(key(mode));
      if (!this.remember) return null;
      const mode = this.mode === 'rate' ? 'rate' : 'check';
      if (action === 'set') sessionStorage.setItem(key(mode), this.value);
      return sessionStorage.getItem(key(mode));
    } catch {
      return null;
    }
  }

  /** Updates the polite live progress a moment after the last change, not on every keystroke. */
  #announce() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.announced = this.#progress), 800);
  }

  #handleAnswer(id: string, value: number | undefined) {
    const answers = new Map(this.answers);
    if (value === undefined) answers.delete(id);
    else answers.set(id, value);
    this.answers = answers;
    this.shown = false;
    this.copied = false;
    this.#announce();
    // The inner input's `change` does not leave the shadow root; the page gets one from the element.
    this.updateComplete.then(() => {
      this.#storage('set');
      this.dispatchEvent(new Event('change', {bubbles: true}));
    });
  }

  #handleShow() {
    clearTimeout(this.#timer);
    this.shown = true;
    const {answered, total} = this.#counts;
    // In check mode every statement is answered (unticked means "not like me"), so `answered`
    // never reveals how many were ticked.
    this.dispatchEvent(new AttuneCompleteEvent({mode: this.#currentMode, answered: this.#currentMode === 'rate' ? answered : total, total}));
  }

  /** The reflection's lines, shared by the rendered result and the copied summary. */
  get #reflection() {
    const c = this.pack.checklist;
    const {recognised, total} = this.#counts;
    const ratio = recognised / total;
    const line = crisisLine(this.pack, this.region || this.inherited.region, this.currentLocale);
    return {
      count: format(this.#currentMode === 'rate' ? c.rateCountLine : c.countLine, {count: recognised, total}),
      band: ratio < 1 / 3 ? c.bands.few : ratio < 2 / 3 ? c.bands.some : c.bands.many,
      crisis: `${this.pack.crisis.heading}: ${line.where}, `,
      line,
    };
  }

  async #handleCopy() {
    const r = this.#reflection;
    const c = this.pack.checklist;
    const text = [c.resultHeading, r.count, r.band, c.disclaimer, `${r.crisis}${r.line.text}${r.line.note ?? ''}.`].join('\n');
    try {
      await navigator.clipboard.writeText(text);
      this.copied = true;
    } catch {
      this.copied = false;
    }
  }

  #renderNext() {
    const c = this.pack.checklist;
    const url = this.#bookingUrl;
    return html`
      ${!url
        ? nothing
        : customElements.get('attune-booking-cta')
          ? html`<attune-booking-cta href=${url}></attune-booking-cta>`
          : html`<a part="book" class="btn primary" href=${url}>${this.pack.booking.label}</a>`}
      ${navigator.clipboard
        ? html`<button part="copy" class="btn" type="button" @click=${this.#handleCopy}>${c.copy}</button>
            <span part="copied" role="status">${this.copied ? c.copied : nothing}</span>`
        : nothing}
    `;
  }

  /** "2 of 5 answered" (rate) or "2 of 5 selected" (check). */
  get #progress() {
    const {answered, total} = this.#counts;
    return format(this.#currentMode === 'rate' ? this.pack.checklist.progress : this.pack.checklist.checkProgress, {answered, total});
  }

  override render() {
    const c = this.pack.checklist;
    const rate = this.#currentMode === 'rate';
    const r = this.shown && this.#reflection;
    const tel = r && r.line.tel?.replace(/[^\d+]/g, '');
    const hint = (item: ChecklistItem, i: number) => (item.hint ? html`<small id="hint-${i}">${item.hint}</small>` : nothing);
    return html`
      <div part="base" lang=${this.pack.locale} dir=${this.pack.dir ?? 'ltr'}>
        ${heading(this.#level, 'heading', 'heading', this.heading?.trim() || c.heading)}
        <slot name="intro"><p>${this.name ? c.introForm : c.intro}</p></slot>
        <fieldset>
          <legend>${rate ? c.rateLegend : c.legend}</legend>
          ${rate
            ? this.#items.map(
                (item, i) => html`
                  <fieldset part="item">
                    <legend>${item.text}</legend>
                    ${hint(item, i)}
                    <div part="scale">
                      ${c.scale.map(
                        (label, n) => html`<label>
                          <input part="control" type="radio" name="q${i}" aria-describedby=${item.hint ? `hint-${i}` : nothing} ?required=${this.required} ?disabled=${this.disabled} .checked=${this.answers.get(item.id) === n} @change=${() => this.#handleAnswer(item.id, n)} />${label}
                        </label>`,
                      )}
                    </div>
                  </fieldset>
                `,
              )
            : html`<ul role="list">
                ${this.#items.map(
                  (item, i) => html`<li part="item">
                    <label>
                      <input part="control" type="checkbox" ?disabled=${this.disabled} aria-describedby=${item.hint ? `hint-${i}` : nothing} .checked=${this.answers.has(item.id)} @change=${(e: Event) => this.#handleAnswer(item.id, (e.target as HTMLInputElement).checked ? 1 : undefined)} />
                      <span>${item.text}</span>
                    </label>
                    ${hint(item, i)}
                  </li>`,
                )}
              </ul>`}
        </fieldset>
        <p part="progress" aria-hidden="true">${this.#progress}</p>
        <p class="sr" aria-live="polite">${this.announced}</p>
        <div part="actions">
          <button part="show" class="btn primary" type="button" @click=${this.#handleShow}>${c.show}</button>
          <button part="clear" class="btn" type="button" @click=${this.#handleClear}>${c.clear}</button>
        </div>
        <div role="status" part="result">
          ${r
            ? html`
                ${heading(Math.min(this.#level + 1, 6), 'result-heading', 'result-heading', c.resultHeading)}
                <p>${r.count}</p>
                <p>${r.band}</p>
                <p><strong>${c.disclaimer}</strong></p>
                <p part="crisis">${r.crisis}${tel ? html`<a href="tel:${tel}">${r.line.text}</a>` : r.line.text}${r.line.note}.</p>
              `
            : nothing}
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
