import {css} from 'lit';

/**
 * Global design tokens. Each widget reads `--attune-*` with a fallback, so a page may set any of
 * them on `:root`, on a provider or on one widget. A `theme` attribute (on a provider or a widget)
 * sets a whole palette; without one, text and font come from the page and surfaces stay transparent.
 */
export const palettes = css`
  :host([theme]) {
    --attune-text: light-dark(#1c2628, #e4eeec);
    --attune-text-muted: light-dark(#46575a, #b3c4c1);
    --attune-surface: light-dark(#ffffff, #142022);
    --attune-surface-muted: light-dark(#eef4f3, #1c2b2d);
    --attune-border: light-dark(#b9c8c6, #3f5457);
    --attune-accent: light-dark(#1f6b64, #7dd3c8);
    --attune-on-accent: light-dark(#ffffff, #0b1616);
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;

/** `hidden` hides the element whatever the page's own rules for it say (widgets and the provider). */
export const hiddenHost = css`
  :host([hidden]) {
    display: none !important;
  }
`;

/** Host styles every widget shares. */
export const hostStyles = css`
  ${palettes}
  ${hiddenHost}
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--attune-font, inherit);
    color: var(--attune-text, inherit);
    line-height: var(--attune-line-height, 1.55);
    overflow-wrap: anywhere;
  }
  /* Carries the content's lang and dir; draws nothing. */
  .lang {
    display: contents;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--attune-focus, var(--attune-accent, #1f6b64));
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  [part~='heading'] {
    margin: 0 0 0.5em;
    font-family: var(--attune-heading-font, inherit);
    font-size: var(--attune-heading-size, 1.5em);
    line-height: 1.25;
    color: var(--attune-heading-color, inherit);
  }
  /* Visually hidden, still read by screen readers. */
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Links: the page's link colour cannot reach into a shadow root, so it is a token. */
  a {
    color: var(--attune-link-color, var(--attune-accent, #1f6b64));
    text-underline-offset: 0.2em;
  }
  /* Text links that are a widget's call to action (the CTA's link variant, a card's "Ask about"). */
  .link {
    padding-block: 0.25em;
    font-weight: 600;
  }
  /* Buttons and button-like links. */
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75rem;
    padding: 0.5em 1.1em;
    border: 2px solid var(--attune-accent, #1f6b64);
    border-radius: var(--attune-radius, 0.5rem);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    /* Long words may still wrap, but a button never shrinks to a sliver that splits its label. */
    overflow-wrap: break-word;
  }
  .primary {
    background: var(--attune-accent, #1f6b64);
    color: var(--attune-on-accent, #fff);
  }
  .btn:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .btn {
      border-color: ButtonText;
    }
  }
`;
