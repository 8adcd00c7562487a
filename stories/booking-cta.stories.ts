import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';

interface Args {
  href?: string;
  label?: string;
  variant: string;
  target: string;
  therapy?: string;
  'utm-source'?: string;
  'utm-medium'?: string;
  'utm-campaign'?: string;
  'practice-name'?: string;
  analytics?: string;
  'heading-level': number;
  theme?: string;
  locale?: string;
  topic?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Booking CTA',
  component: 'attune-booking-cta',
  args: {
    href: 'https://example.com/book',
    label: '',
    variant: 'button',
    target: 'same',
    therapy: '',
    'utm-source': '',
    'utm-medium': '',
    'utm-campaign': '',
    'practice-name': 'Calm Harbour Counselling',
    analytics: '',
    'heading-level': 2,
    theme: '',
    locale: '',
    topic: '',
  },
  argTypes: {
    href: {control: 'text'},
    label: {control: 'text'},
    variant: {control: 'inline-radio', options: ['button', 'link', 'banner', 'floating']},
    target: {control: 'inline-radio', options: ['same', 'new-tab', 'dialog']},
    therapy: {control: 'select', options: ['', 'attachment-based', 'cbt', 'eft', 'mindfulness', 'trauma-inner-child', 'psychoeducation']},
    'utm-source': {control: 'text'},
    'utm-medium': {control: 'text'},
    'utm-campaign': {control: 'text'},
    'practice-name': {control: 'text'},
    analytics: {control: 'inline-radio', options: ['', 'datalayer']},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    theme: {control: 'inline-radio', options: ['', 'light', 'dark', 'auto']},
    locale: {control: 'text'},
    topic: {control: 'text'},
  },
  render: (args) => html`
    <attune-booking-cta
      href=${args.href || nothing}
      label=${args.label || nothing}
      variant=${args.variant}
      target=${args.target}
      therapy=${args.therapy || nothing}
      utm-source=${args['utm-source'] || nothing}
      utm-medium=${args['utm-medium'] || nothing}
      utm-campaign=${args['utm-campaign'] || nothing}
      practice-name=${args['practice-name'] || nothing}
      analytics=${args.analytics || nothing}
      heading-level=${args['heading-level']}
      theme=${args.theme || nothing}
      locale=${args.locale || nothing}
      topic=${args.topic || nothing}
    ></attune-booking-cta>
  `,
};
export default meta;

type Story = StoryObj<Args>;

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
