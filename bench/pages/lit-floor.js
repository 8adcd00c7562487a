// The floor for size: a minimal Lit element (LitElement, html, css, one property), bundled and minified.
import {LitElement, html, css} from 'lit';

class FloorElement extends LitElement {
  static styles = css`:host { display: block; }`;
  static properties = {label: {}};
  render() {
    return html`<button>${this.label}</button>`;
  }
}
customElements.define('floor-element', FloorElement);
