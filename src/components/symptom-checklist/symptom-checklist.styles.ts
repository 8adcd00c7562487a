import {css} from 'lit';

export default css`
  [part~='base'] {
    background: var(--attune-surface, transparent);
    border: 1px solid var(--attune-border, currentColor);
    border-radius: var(--attune-radius, 0.5rem);
    padding: var(--attune-space, 1rem);
  }
  fieldset {
    margin: 0 0 1em;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 650;
  }
  /* Keeps a statement's legend inside its shaded box. */
  [part~='item'] > legend {
    float: inline-start;
    width: 100%;
  }
  [part~='item'] > legend + * {
    clear: both;
  }
  ul {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  [part~='item'] {
    margin-block: 0.5em;
    outline: 1px solid transparent; /* a visible box in forced colors */
    padding: 0.75em;
    border-radius: var(--attune-radius, 0.5rem);
    background: var(--attune-surface-muted, color-mix(in srgb, currentColor 6%, transparent));
  }
  label {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    cursor: pointer;
  }
  input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--attune-accent, #1f6b64);
  }
  small {
    display: block;
    margin-block-start: 0.25em;
    margin-inline-start: calc(1.5rem + 0.6em);
    color: var(--attune-text-muted, inherit);
  }
  fieldset[part~='item'] small {
    margin-inline-start: 0;
  }
  [part~='scale'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin-block-start: 0.5em;
  }
  [part~='scale'] label {
    align-items: center;
  }
  [part~='progress'] {
    margin: 0 0 1em;
    color: var(--attune-text-muted, inherit);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  [part~='result']:has(*) {
    margin-block-start: 1.25em;
    padding-block-start: 1em;
    border-block-start: 1px solid var(--attune-border, currentColor);
  }
  [part~='result'] > * {
    margin: 0 0 0.75em;
  }
  [part~='next'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  /* Pre-rendered HTML before (or without) the script: say what needs it. */
  .needs-script {
    display: none;
    margin: 1em 0 0;
    color: var(--attune-text-muted, inherit);
  }
  :host(:not(:defined)) .needs-script {
    display: block;
  }
  @media print {
    [part~='actions'],
    [part~='next'] {
      display: none;
    }
  }
`;
