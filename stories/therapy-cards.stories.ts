import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {getStorybookHelpers} from '@wc-toolkit/storybook-helpers';
import {html} from 'lit';

// Controls, defaults and the template come from custom-elements.json (wc-toolkit's Storybook helpers).
const {args, argTypes, template} = getStorybookHelpers('attune-therapy-cards');

const meta: Meta = {
  title: 'Widgets/Therapy cards',
  component: 'attune-therapy-cards',
  args: {...args, 'booking-url': 'https://example.com/book'},
  argTypes,
  render: (values) => template(values),
};
export default meta;

type Story = StoryObj;

/** The six therapies of the content pack, in its order, each one step from booking. */
export const AllCards: Story = {};

/** `therapies="cbt,eft"` chooses and orders the cards. */
export const ChosenSubset: Story = {args: {therapies: 'eft,cbt'}};

/** `layout="list"`: one card a row. */
export const ListLayout: Story = {args: {layout: 'list', therapies: 'attachment-based,mindfulness,psychoeducation'}};

export const DarkTheme: Story = {args: {theme: 'dark'}};

/** Without a booking URL (attribute or provider) the cards have no "Ask about" link. */
export const WithoutBooking: Story = {args: {'booking-url': '', therapies: 'cbt,eft'}};

/** A practice's own approach, written through the card's slots, after two of the pack's cards. */
export const CustomCard: Story = {
  render: () => html`
    <attune-therapy-cards therapies="attachment-based,eft" booking-url="https://example.com/book" heading="How we work">
      <attune-therapy-card therapy="walk-and-talk">
        <span slot="heading">Walk-and-talk sessions</span>
        We meet outdoors and talk while walking, for people who find a room too formal.
        <div slot="details">
          <p>Sessions follow a quiet route near the practice and last fifty minutes.</p>
          <p>Moving side by side can make hard conversations feel easier to start.</p>
        </div>
      </attune-therapy-card>
    </attune-therapy-cards>
  `,
};

/** A single card on its own, open, with a provider supplying the booking URL. */
export const SingleCardOpen: Story = {
  render: () => html`
    <attune-provider booking-url="https://example.com/book" theme="light">
      <attune-therapy-card therapy="trauma-inner-child" expanded heading-level="2"></attune-therapy-card>
    </attune-provider>
  `,
};

/** Theming through `--attune-*` custom properties and the parts the group forwards. */
export const Themed: Story = {
  render: () => html`
    <style>
      .brand {
        --attune-accent: light-dark(#7a3e9d, #d9b3ee);
        --attune-border: light-dark(#d8c6e3, #5b3f6b);
        --attune-radius: 1rem;
        --attune-cards-min-width: 14rem;
      }
      .brand::part(card-heading) {
        color: light-dark(#4b2463, #ecd5f7);
      }
      .brand::part(card) {
        box-shadow: 0 0.125rem 0.5rem rgb(75 36 99 / 0.12);
      }
    </style>
    <attune-therapy-cards class="brand" therapies="cbt,eft,mindfulness" booking-url="https://example.com/book"></attune-therapy-cards>
  `,
};
