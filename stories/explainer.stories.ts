import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {getStorybookHelpers} from '@wc-toolkit/storybook-helpers';
import {html} from 'lit';

// Controls, defaults and the template come from custom-elements.json (wc-toolkit's Storybook helpers).
const {args, argTypes, template} = getStorybookHelpers('attune-explainer');

const meta: Meta = {
  title: 'Widgets/Explainer',
  component: 'attune-explainer',
  args,
  argTypes,
  render: (values) => template(values),
};
export default meta;

type Story = StoryObj;

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
