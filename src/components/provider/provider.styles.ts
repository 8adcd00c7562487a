import {css} from 'lit';
import {hiddenHost, palettes} from '../../styles/tokens.js';

// Only the palette (and `hidden`): the provider wraps page content, whose text keeps the page's own
// font, colour, line height and wrapping (the widgets' shared host styles would impose theirs on it).
// The palette's color-scheme is inherited by that content too (form controls, scrollbars).
export default [
  palettes,
  hiddenHost,
  css`
    :host {
      display: contents;
    }
  `,
];
