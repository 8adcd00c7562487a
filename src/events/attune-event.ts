/** The base of Attune's events: they bubble and cross shadow roots, like native UI events. */
export class AttuneEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T, cancelable = false) {
    super(type, {bubbles: true, composed: true, cancelable, detail});
  }
}
