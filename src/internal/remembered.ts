/**
 * A checklist's answers in this tab's sessionStorage (never localStorage), only when the site asks
 * for it with `remember`; a browser that blocks storage is simply not remembered. The key is fixed
 * the first time it is needed: this page, and the element's id, else its name, else its place among
 * the page's elements of its kind; one entry per mode.
 */
export class Remembered {
  #el: Element & {name?: string};
  #key?: string;

  constructor(el: Element & {name?: string}) {
    this.#el = el;
  }

  #at(mode: string) {
    const el = this.#el;
    const peers = [...(el.getRootNode() as ParentNode).querySelectorAll(el.localName)];
    this.#key ??= `attune-checklist:${location.pathname}:${el.id ? `id=${el.id}` : el.name ? `name=${el.name}` : `n=${peers.indexOf(el)}`}`;
    return `${this.#key}:${mode}`;
  }

  read(mode: string): string | null {
    try {
      return sessionStorage.getItem(this.#at(mode));
    } catch {
      return null;
    }
  }

  write(mode: string, value: string) {
    try {
      sessionStorage.setItem(this.#at(mode), value);
    } catch {
      // Storage blocked or full: not remembered.
    }
  }

  /** Forgets every mode's entry. */
  forget(modes: readonly string[]) {
    try {
      for (const mode of modes) sessionStorage.removeItem(this.#at(mode));
    } catch {
      // Nothing was stored.
    }
  }
}
