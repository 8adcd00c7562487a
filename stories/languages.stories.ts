import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/locales/es.js';
import {registerPack} from '../src/index.js';
import {arabicSample} from '../test/samples/ar-sample.js';

registerPack(arabicSample());

/** Every widget speaks the language of its content pack: `locale` on a provider or a widget, else the page's `lang`. */
const meta: Meta = {
  title: 'Languages',
  component: 'attune-provider',
};
export default meta;

type Story = StoryObj;

export const Explainer: Story = {
  render: () => html`<attune-explainer locale="es" section="signs"></attune-explainer>`,
};

/** Rate mode in Spanish, with the crisis line for Mexico. */
export const Checklist: Story = {
  render: () => html`<attune-symptom-checklist locale="es" mode="rate" region="MX" booking-url="https://example.com/reservar"></attune-symptom-checklist>`,
};

export const BookingBanner: Story = {
  render: () => html`<attune-booking-cta locale="es" variant="banner" href="https://example.com/reservar"></attune-booking-cta>`,
};

/** One provider sets Spanish for everything inside it. */
export const WithProvider: Story = {
  render: () => html`
    <attune-provider locale="es" region="ES" booking-url="https://example.com/reservar" theme="light">
      <attune-explainer section="what-is"></attune-explainer>
      <attune-symptom-checklist></attune-symptom-checklist>
    </attune-provider>
  `,
};

/**
 * Right to left: a sample Arabic pack (headings, checklist and banner in Arabic) with `dir: "rtl"`.
 * Every element mirrors through logical CSS properties.
 */
export const RightToLeft: Story = {
  render: () => html`
    <div lang="ar" dir="rtl">
      <attune-explainer section="signs"></attune-explainer>
      <attune-symptom-checklist mode="rate"></attune-symptom-checklist>
      <attune-booking-cta variant="banner" href="https://example.com/book"></attune-booking-cta>
    </div>
  `,
};
