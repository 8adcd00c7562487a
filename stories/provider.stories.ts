import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';

interface Args {
  'booking-url'?: string;
  'practice-name'?: string;
  locale?: string;
  theme?: string;
  region?: string;
  topic?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Provider',
  component: 'attune-provider',
  args: {'booking-url': 'https://example.com/book', 'practice-name': 'Calm Harbour Counselling', locale: 'en', theme: 'light', region: 'US', topic: 'anxious-attachment'},
  argTypes: {
    'booking-url': {control: 'text', description: 'The practice’s booking page (http or https).'},
    'practice-name': {control: 'text', description: 'The practice’s name.'},
    locale: {control: 'text', description: 'Language of the content, e.g. `en`.'},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto'], description: 'Colour theme for every widget inside.'},
    region: {control: 'select', options: ['US', 'CA', 'GB', 'IE', 'AU', 'NZ'], description: 'Region for crisis lines.'},
    topic: {control: 'text', description: 'Content topic.'},
  },
  render: (args) => html`
    <attune-provider
      booking-url=${args['booking-url'] || nothing}
      practice-name=${args['practice-name'] || nothing}
      locale=${args.locale || nothing}
      theme=${args.theme || nothing}
      region=${args.region || nothing}
      topic=${args.topic || nothing}
    >
      <attune-explainer section="what-is"></attune-explainer>
      <attune-explainer section="benefits" collapsible></attune-explainer>
    </attune-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The provider shares its settings with both explainers inside it. */
export const WithWidgets: Story = {};

/** `theme="dark"` on the provider sets the dark palette for everything inside. */
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
