import {css} from 'lit';

export default css`
  :host {
    display: inline-block;
  }
  :host([variant='banner']) {
    display: block;
  }
  /* The floating button is fixed to a corner; the element keeps its own height in the page's
     flow, so the end of the page can always be scrolled clear of the button. */
  :host([variant='floating']) {
    display: block;
    height: 5rem;
  }
  :host([variant='floating']) [part~='button'] {
    position: fixed;
    z-index: 2147483000;
    inset-block-end: max(1rem, env(safe-area-inset-bottom));
    inset-inline-end: max(1rem, env(safe-area-inset-right));
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.25);
    border-radius: 999px;
  }
  .link {
    text-decoration: underline;
  }
  button.link {
    border: 0;
    background: none;
    font: inherit;
    cursor: pointer;
  }
  [part~='banner'] {
    padding: calc(var(--attune-space, 1rem) * 1.5);
    border-radius: var(--attune-radius, 0.5rem);
    background: var(--attune-surface-muted, color-mix(in srgb, currentColor 6%, transparent));
    border: 1px solid var(--attune-border, transparent);
  }
  [part~='text'] {
    margin: 0 0 1em;
  }
`;
