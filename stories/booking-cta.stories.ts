import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {getStorybookHelpers} from '@wc-toolkit/storybook-helpers';
import {html} from 'lit';

// Controls, defaults and the template come from custom-elements.json (wc-toolkit's Storybook helpers).
const {args, argTypes, template} = getStorybookHelpers('attune-booking-cta');

const meta: Meta = {
  title: 'Widgets/Booking CTA',
  component: 'attune-booking-cta',
  args: {...args, href: 'https://example.com/book', 'practice-name': 'Calm Harbour Counselling'},
  argTypes,
  render: (values) => template(values),
};
export default meta;

type Story = StoryObj;

export const Button: Story = {};
export const Link: Story = {args: {variant: 'link'}};
export const NewTab: Story = {args: {target: 'new-tab', 'utm-source': 'blog', 'utm-medium': 'article'}};

/** The closing invitation: heading, text and button from the content pack. */
export const Banner: Story = {args: {variant: 'banner'}};

export const BannerDark: Story = {args: {variant: 'banner', theme: 'dark'}};

/** Slots replace the banner's heading, text and button label. */
export const BannerWithSlots: Story = {
  render: () => html`
    <attune-booking-cta variant="banner" href="https://example.com/book">
      <span slot="heading">Ready when you are</span>
      <span slot="text">Your first 20-minute call is free, and there is no commitment.</span>
      <span slot="label">Choose a time</span>
    </attune-booking-cta>
  `,
};

/** A fixed corner button. Place it at the end of the page: it keeps room there so nothing stays hidden. */
export const Floating: Story = {args: {variant: 'floating'}};

/** Opens the booking page in an accessible dialog. Nothing loads until the click. */
export const Dialog: Story = {args: {target: 'dialog'}};

/** The dialog, open (a stand-in page from this Storybook in the frame, so nothing leaves the machine). */
export const DialogOpen: Story = {
  args: {target: 'dialog', href: 'favicon.svg'},
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector('attune-booking-cta')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
  },
};

/** Progressive enhancement: the plain link works before the script loads. */
export const FromALink: Story = {
  render: () => html`<attune-booking-cta><a href="https://example.com/book">Book a first conversation</a></attune-booking-cta>`,
};

/** Inside a provider, which supplies the booking URL and practice name. */
export const WithProvider: Story = {
  render: () => html`
    <attune-provider booking-url="https://example.com/provider-booking" practice-name="Calm Harbour Counselling">
      <attune-booking-cta therapy="eft" label="Ask about EFT"></attune-booking-cta>
    </attune-provider>
  `,
};
