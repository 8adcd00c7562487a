import {css} from 'lit';

export default css`
  :host {
    --attune-explainer-padding: 0;
  }
  :host([theme]) {
    --attune-explainer-padding: var(--attune-space, 1rem) calc(var(--attune-space, 1rem) * 1.25);
  }
  [part~='base'] {
    background: var(--attune-surface, transparent);
    border-radius: var(--attune-radius, 0.5rem);
    padding: var(--attune-explainer-padding);
  }
  p {
    margin: 0 0 1em;
  }
  ul {
    margin: 0 0 1em;
    padding-inline-start: 1.25em;
  }
  li {
    margin-block: 0.6em;
  }
  li::marker {
    color: var(--attune-explainer-marker-color, var(--attune-accent, #1f6b64));
  }
  [part~='term'] {
    display: block;
    font-weight: 650;
  }
  button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    width: 100%;
    min-height: 2.75rem;
    margin: 0;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  svg {
    flex: none;
    width: 1em;
    height: 1em;
    transition: transform 0.2s ease;
  }
  [aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  @media (forced-colors: active) {
    button {
      color: ButtonText;
    }
  }
  /* Pre-rendered HTML before (or without) the script, until it hydrates: a collapsed section is shown whole. */
  :host(:not(:defined)) [part~='body'][hidden],
  :host([defer-hydration]) [part~='body'][hidden] {
    display: block;
    content-visibility: visible;
  }
  :host(:not(:defined)) svg,
  :host([defer-hydration]) svg {
    display: none;
  }
  @media print {
    [part~='body'][hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    svg {
      display: none;
    }
  }
`;
