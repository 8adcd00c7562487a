import {css} from 'lit';
import {palettes} from '../../styles/tokens.js';

// Only the palette: the provider wraps page content, whose text keeps the page's own font, colour,
// line height and wrapping (the widgets' shared host styles would impose theirs on it).
export default [
  palettes,
  css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `,
];
