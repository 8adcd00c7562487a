// A Vue 3 page using every element (bundled and opened in every engine by test/clients.test.ts).
// Vue sets a binding as a property when the element has one, otherwise as an attribute, and
// `onAttuneToggle` listens to `attune-toggle`.
import 'attune-widgets';
import type {AttuneBookEvent, AttuneCompleteEvent, AttuneToggleEvent} from 'attune-widgets';
import {createApp, h, ref, watchEffect} from 'vue';

const results: Record<string, unknown> = ((window as unknown as {clientResults: Record<string, unknown>}).clientResults = {});

createApp({
  setup() {
    const toggles = ref<string[]>([]);
    const booked = ref('');
    const completed = ref('');
    const record = () => Object.assign(results, {toggles: [...toggles.value], booked: booked.value, completed: completed.value});
    // On every change of what the handlers set, whether the page re-renders for it or not.
    watchEffect(record, {flush: 'sync'});
    return () =>
      h('attune-provider', {'booking-url': 'https://example.com/book', 'practice-name': 'Calm Harbour', region: 'GB'}, [
        h('attune-explainer', {
          section: 'signs',
          'heading-level': 3,
          collapsible: true,
          expanded: toggles.value.length > 0,
          onAttuneToggle: (e: AttuneToggleEvent) => toggles.value.push(`section:${e.detail.section}:${e.detail.expanded}`),
        }),
        h('attune-therapy-cards', {
          therapies: 'cbt,eft',
          layout: 'list',
          heading: 'Ways we work',
          onAttuneToggle: (e: AttuneToggleEvent) => toggles.value.push(`therapy:${e.detail.therapy}:${e.detail.expanded}`),
        }),
        h('attune-therapy-card', {therapy: 'mindfulness', expanded: true, 'heading-level': 4}),
        h('attune-symptom-checklist', {mode: 'rate', heading: 'Reflect', onAttuneComplete: (e: AttuneCompleteEvent) => (completed.value = JSON.stringify(e.detail))}),
        h('attune-booking-cta', {
          variant: 'banner',
          therapy: 'eft',
          'utm-source': 'vue',
          onAttuneBook: (e: AttuneBookEvent) => {
            e.preventDefault();
            booked.value = e.detail.href;
          },
        }),
      ]);
  },
}).mount('#root');
