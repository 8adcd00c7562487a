// A TypeScript consumer of the published package: HTMLElementTagNameMap for the DOM API, and the
// JSX types of 'attune-widgets/react'. The @ts-expect-error lines prove wrong values are caught.
import 'attune-widgets';
import type {} from 'attune-widgets/react';
import type {AttuneBookEvent, AttuneToggleEvent} from 'attune-widgets';
import {useState} from 'react';

// The DOM API knows every element and its properties.
const cards = document.createElement('attune-therapy-cards');
cards.therapies = 'cbt,eft';
cards.layout = 'list';
cards.headingLevel = 3;
// @ts-expect-error: 'masonry' is not a layout
cards.layout = 'masonry';
const checklist = document.querySelector('attune-symptom-checklist');
const answers: string | undefined = checklist?.value;
const cta = document.querySelector('attune-booking-cta');
cta?.addEventListener('attune-book', (event) => {
  const href: string = event.detail.href;
  if (!href.startsWith('https:')) event.preventDefault();
});
cards.addEventListener('attune-toggle', (event) => {
  const expanded: boolean = event.detail.expanded;
  return expanded;
});
// The classic build's global.
import type {} from 'attune-widgets/attune.classic.js';
const register: typeof window.Attune.registerPack = window.Attune.registerPack;

export function TherapiesPage() {
  const [open, setOpen] = useState<string[]>([]);
  const onToggle = (event: AttuneToggleEvent) => setOpen((ids) => (event.detail.expanded ? [...ids, event.detail.therapy ?? ''] : ids));
  const onBook = (event: AttuneBookEvent) => event.detail.therapy;
  return (
    <attune-provider booking-url="https://example.com/book" practice-name="Calm Harbour" theme="auto" region="US">
      <attune-explainer section="therapies" heading-level={2} collapsible />
      <attune-therapy-cards therapies="cbt,eft" layout="grid" heading-level={3} onattune-toggle={onToggle} />
      <attune-therapy-card therapy="walk-and-talk" expanded={open.length > 0}>
        <span slot="heading">Walk-and-talk</span>
      </attune-therapy-card>
      <attune-symptom-checklist mode="rate" name="reflection" required onattune-complete={(event) => event.detail.total} />
      <attune-booking-cta variant="banner" target="dialog" utm-source="blog" onattune-book={onBook} onattune-booked={(event) => event.detail.provider} />
      {/* @ts-expect-error: 'nope' is not a section */}
      <attune-explainer section="nope" />
      {/* @ts-expect-error: 'sideways' is not a variant */}
      <attune-booking-cta variant="sideways" />
      <p>{answers}{String(register)}</p>
    </attune-provider>
  );
}
