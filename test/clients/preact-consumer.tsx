/** @jsxImportSource preact */
// A Preact consumer of the published package: the JSX types of 'attune-widgets/preact'. Preact
// wires `onattune-toggle` to the `attune-toggle` event (never `onAttuneToggle`, which it lowercases).
// The @ts-expect-error lines prove wrong values are caught.
import 'attune-widgets';
import type {} from 'attune-widgets/preact';
import type {AttuneBookEvent} from 'attune-widgets';

export function Reflection({onBook}: {onBook: (event: AttuneBookEvent) => void}) {
  return (
    <attune-provider booking-url="https://example.com/book" theme="dark" region="GB">
      <attune-explainer section="origins" heading-level={3} collapsible onattune-toggle={(event) => event.detail.expanded} />
      <attune-symptom-checklist mode="check" remember onattune-complete={(event) => event.detail.answered} />
      <attune-therapy-cards therapies="cbt" layout="list" />
      <attune-booking-cta variant="floating" target="new-tab" onattune-book={onBook} />
      {/* @ts-expect-error: 'sepia' is not a theme */}
      <attune-explainer theme="sepia" />
      {/* @ts-expect-error: 'grid' is not a checklist mode */}
      <attune-symptom-checklist mode="grid" />
      {/* @ts-expect-error: a toggle's detail has no `href` */}
      <attune-explainer onattune-toggle={(event) => event.detail.href} />
    </attune-provider>
  );
}
