import type {PropertyDeclarations} from 'lit';
import {AttuneElement} from './attune-element.js';

/** A field's own validity: the flags, the message, and the control the browser points the visitor to. */
export interface OwnValidity {
  flags: ValidityStateFlags;
  message: string;
  anchor?: HTMLElement;
}

/**
 * The base of an Attune element that is a form field the way a native one is (as Material's
 * labs/behaviors make one, but a class: TypeScript's declaration output refuses private members in mixins):
 * ElementInternals, a `name`, `disabled` (its own, or a disabled fieldset's), the native validation
 * API with `setCustomValidity`, `labels`, and a form value set at once whenever the element says
 * so (`setFormValue`). Only a named field is submitted or kept in session history, as a native one.
 */
export abstract class AttuneFormElement extends AttuneElement {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: {reflect: true},
    disabled: {type: Boolean, reflect: true},
    formDisabled: {state: true},
  };

  /** Form field name. With a name, the value is submitted with the enclosing form. */
  declare name?: string;

  /** Disables every control, as `disabled` on a native field: not submitted, not validated. */
  disabled = false;

  /** Disabled by a disabled fieldset or its own `disabled`, as the browser reports it. */
  protected formDisabled = false;

  readonly #internals = this.attachInternals();
  #own: OwnValidity = {flags: {}, message: ''};
  #custom = '';

  /** Sets the value the form submits (when named) and the field's own validity. */
  protected setFormValue(value: string, own: OwnValidity = {flags: {}, message: ''}) {
    const kept = this.name ? value || null : null;
    this.#internals.setFormValue(kept, kept);
    this.#own = own;
    this.#validate();
  }

  #validate() {
    const {flags, message, anchor} = this.#own;
    const custom = this.#custom;
    this.#internals.setValidity({...flags, customError: !!custom}, custom || message, anchor);
  }

  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
  }

  /** The form the field belongs to, as on native fields. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The `<label>` elements that name the field, as on native fields. */
  get labels(): NodeList {
    return this.#internals.labels;
  }

  /** The field's validity state, as on native fields. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** The message the browser shows while the field is invalid, as on native fields. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Whether the field takes part in validation (not when disabled), as on native fields. */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** Whether the field is valid, firing `invalid` when not, as on native fields. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser shows the message when invalid. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** A message of the page's own that makes the field invalid until it is set to `''`, as on native fields. */
  setCustomValidity(message: string): void {
    this.#custom = String(message ?? '');
    this.#validate();
  }
}
