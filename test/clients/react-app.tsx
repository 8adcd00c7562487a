// A React 19 page using every element (bundled and opened in every engine by test/clients.test.ts).
// It sets attributes (kebab-case) and properties (React 19 sets a prop as a property when the
// element has one), and listens to the custom events through `on<event-name>` props.
import 'attune-widgets';
import type {} from 'attune-widgets/react';
import type {AttuneTherapyCard} from 'attune-widgets';
import {useEffect, useRef, useState} from 'react';
import {createRoot} from 'react-dom/client';

const results: Record<string, unknown> = ((window as unknown as {clientResults: Record<string, unknown>}).clientResults = {});

function App() {
  const [toggles, setToggles] = useState<string[]>([]);
  const [booked, setBooked] = useState('');
  const [completed, setCompleted] = useState('');
  const card = useRef<AttuneTherapyCard>(null);
  useEffect(() => {
    results.toggles = toggles;
    results.booked = booked;
    results.completed = completed;
    results.cardIsElement = card.current?.localName;
  });
  return (
    <attune-provider booking-url="https://example.com/book" practice-name="Calm Harbour" region="GB">
      <attune-explainer section="signs" heading-level={3} collapsible expanded={toggles.length > 0} onattune-toggle={(e) => setToggles((t) => [...t, `section:${e.detail.section}:${e.detail.expanded}`])} />
      <attune-therapy-cards therapies="cbt,eft" layout="list" heading="Ways we work" onattune-toggle={(e) => setToggles((t) => [...t, `therapy:${e.detail.therapy}:${e.detail.expanded}`])} />
      <attune-therapy-card ref={card} therapy="mindfulness" expanded={true} heading-level={4} />
      <attune-symptom-checklist mode="rate" heading="Reflect" onattune-complete={(e) => setCompleted(JSON.stringify(e.detail))} />
      <attune-booking-cta
        variant="banner"
        therapy="eft"
        utm-source="react"
        onattune-book={(e) => {
          e.preventDefault();
          setBooked(e.detail.href);
        }}
      />
    </attune-provider>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
