import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';

interface Args {
  section: string;
  'heading-level': number;
  heading?: string;
  collapsible: boolean;
  expanded: boolean;
  theme?: string;
  locale?: string;
  topic?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Explainer',
  component: 'attune-explainer',
  args: {section: 'what-is', 'heading-level': 2, heading: '', collapsible: false, expanded: false, theme: '', locale: '', topic: ''},
  argTypes: {
    section: {control: 'select', options: ['what-is', 'signs', 'origins', 'therapies', 'benefits', 'closing']},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    heading: {control: 'text'},
    collapsible: {control: 'boolean'},
    expanded: {control: 'boolean'},
    theme: {control: 'inline-radio', options: ['', 'light', 'dark', 'auto']},
    locale: {control: 'text'},
    topic: {control: 'text'},
  },
  render: (args) => html`
    <attune-explainer
      section=${args.section}
      heading-level=${args['heading-level']}
      heading=${args.heading || nothing}
      ?collapsible=${args.collapsible}
      ?expanded=${args.expanded}
      theme=${args.theme || nothing}
      locale=${args.locale || nothing}
      topic=${args.topic || nothing}
    ></attune-explainer>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const WhatIsIt: Story = {};
export const Signs: Story = {args: {section: 'signs'}};
export const Origins: Story = {args: {section: 'origins'}};
export const Therapies: Story = {args: {section: 'therapies'}};
export const Benefits: Story = {args: {section: 'benefits'}};
export const Closing: Story = {args: {section: 'closing', theme: 'light'}};

/** A long section that opens from its heading (a button with `aria-expanded`). */
export const Collapsible: Story = {args: {section: 'origins', collapsible: true}};

export const CollapsibleOpen: Story = {args: {section: 'origins', collapsible: true, expanded: true}};

export const DarkTheme: Story = {args: {section: 'signs', theme: 'dark'}};

/** The page's own heading text, at level 3 so it sits under the page's h2. */
export const CustomHeading: Story = {args: {section: 'benefits', heading: 'Why people come to us', 'heading-level': 3}};

/** Slots: a heading of your own, and your own paragraph after the section. */
export const WithSlots: Story = {
  render: () => html`
    <attune-explainer section="closing">
      <span slot="heading">Ready when you are</span>
      <p>Our counsellors offer a free 15-minute call to see whether we are a good fit.</p>
    </attune-explainer>
  `,
};

/** Theming through `--attune-*` custom properties and `::part()`. */
export const Themed: Story = {
  render: () => html`
    <style>
      .brand {
        --attune-accent: light-dark(#7a3e9d, #d9b3ee);
        --attune-heading-font: Georgia, serif;
        --attune-heading-color: light-dark(#4b2463, #ecd5f7);
      }
      .brand::part(term) {
        color: light-dark(#7a3e9d, #d9b3ee);
      }
    </style>
    <attune-explainer class="brand" section="benefits"></attune-explainer>
  `,
};
