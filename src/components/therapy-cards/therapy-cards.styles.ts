import {css} from 'lit';

// Shared by <attune-therapy-cards> and <attune-therapy-card>: each uses the rules for its own parts.
export default css`
  :host([theme]) [part~='base'] {
    padding: var(--attune-space, 1rem);
    border-radius: var(--attune-radius, 0.5rem);
    background: var(--attune-surface);
  }
  [part~='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--attune-cards-min-width, 16rem)), 1fr));
    gap: var(--attune-space, 1rem);
  }
  :host([layout='list']) [part~='list'] {
    grid-template-columns: 1fr;
  }
  :host(attune-therapy-card) {
    height: 100%;
  }
  [part~='card'] {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    height: 100%;
    padding: var(--attune-card-padding, 1rem 1.25rem);
    border: 1px solid var(--attune-border, #b9c8c6);
    border-radius: var(--attune-radius, 0.5rem);
    background: var(--attune-surface, transparent);
  }
  [part~='card'] [part~='heading'] {
    margin: 0;
    font-size: var(--attune-card-heading-size, 1.2em);
  }
  summary {
    min-height: 1.5rem;
    color: var(--attune-accent, #1f6b64);
    font-weight: 600;
    cursor: pointer;
  }
  dt {
    margin-top: 0.5em;
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  [part~='cta'] {
    margin-top: auto;
    align-self: start;
  }
  @media print {
    details::details-content {
      content-visibility: visible;
    }
  }
`;
