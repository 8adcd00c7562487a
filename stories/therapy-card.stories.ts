import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {getStorybookHelpers} from '@wc-toolkit/storybook-helpers';

// Controls, defaults and the template come from custom-elements.json (wc-toolkit's Storybook helpers).
const {args, argTypes, template} = getStorybookHelpers('attune-therapy-card');

/** One card on its own; inside `<attune-therapy-cards>` the group sets its heading level, language and booking URL. */
const meta: Meta = {
  title: 'Widgets/Therapy card',
  component: 'attune-therapy-card',
  args: {...args, therapy: 'cbt', 'booking-url': 'https://example.com/book'},
  argTypes,
  render: (values) => template(values),
};
export default meta;

type Story = StoryObj;

export const Closed: Story = {};

/** `expanded`: what a session involves and how it helps, open. */
export const Open: Story = {args: {therapy: 'eft', expanded: true}};
