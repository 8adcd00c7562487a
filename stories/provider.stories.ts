import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {getStorybookHelpers} from '@wc-toolkit/storybook-helpers';
import {html} from 'lit';

// Controls, defaults and the template come from custom-elements.json (wc-toolkit's Storybook helpers).
const {args, argTypes, template} = getStorybookHelpers('attune-provider');

const meta: Meta = {
  title: 'Widgets/Provider',
  component: 'attune-provider',
  args: {...args, 'booking-url': 'https://example.com/book', 'practice-name': 'Calm Harbour Counselling', locale: 'en', theme: 'light', region: 'US', topic: 'anxious-attachment'},
  argTypes,
  render: (values) => template(values, html`
      <attune-explainer section="what-is"></attune-explainer>
      <attune-explainer section="benefits" collapsible></attune-explainer>
    `),
};
export default meta;

type Story = StoryObj;

/** The provider shares its settings with both explainers inside it. */
export const WithWidgets: Story = {};

/** `theme="dark"` on the provider sets the dark palette for every widget inside. */
export const DarkTheme: Story = {args: {theme: 'dark'}};

/** A widget's own attribute overrides the provider: here the second explainer keeps the light theme. */
export const WidgetOverrides: Story = {
  render: () => html`
    <attune-provider theme="dark">
      <attune-explainer section="what-is"></attune-explainer>
      <attune-explainer section="origins" theme="light"></attune-explainer>
    </attune-provider>
  `,
};
