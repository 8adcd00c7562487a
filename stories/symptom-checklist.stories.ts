import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';

interface Args {
  mode: string;
  name?: string;
  required: boolean;
  heading?: string;
  'heading-level': number;
  'booking-url'?: string;
  region?: string;
  remember: boolean;
  theme?: string;
  locale?: string;
  topic?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Symptom checklist',
  component: 'attune-symptom-checklist',
  args: {mode: 'check', name: '', required: false, heading: '', 'heading-level': 2, 'booking-url': 'https://example.com/book', region: 'US', remember: false, theme: '', locale: '', topic: ''},
  argTypes: {
    mode: {control: 'inline-radio', options: ['check', 'rate']},
    name: {control: 'text'},
    required: {control: 'boolean'},
    heading: {control: 'text'},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    'booking-url': {control: 'text'},
    region: {control: 'select', options: ['', 'US', 'CA', 'GB', 'IE', 'AU', 'NZ']},
    remember: {control: 'boolean'},
    theme: {control: 'inline-radio', options: ['', 'light', 'dark', 'auto']},
    locale: {control: 'text'},
    topic: {control: 'text'},
  },
  render: (args) => html`
    <attune-symptom-checklist
      mode=${args.mode}
      name=${args.name || nothing}
      ?required=${args.required}
      heading=${args.heading || nothing}
      heading-level=${args['heading-level']}
      booking-url=${args['booking-url'] || nothing}
      region=${args.region || nothing}
      ?remember=${args.remember}
      theme=${args.theme || nothing}
      locale=${args.locale || nothing}
      topic=${args.topic || nothing}
    ></attune-symptom-checklist>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** A checkbox per sign: "does this sound like you?" */
export const CheckMode: Story = {};

/** How often, from never to always, as native radio groups. */
export const RateMode: Story = {args: {mode: 'rate'}};

export const DarkTheme: Story = {args: {mode: 'rate', theme: 'dark'}};

/** The reflection open, as a visitor sees it after answering (UK crisis line). */
export const WithReflection: Story = {
  args: {region: 'GB'},
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector('attune-symptom-checklist')!;
    await el.updateComplete;
    const boxes = el.shadowRoot!.querySelectorAll('input');
    boxes[0].click();
    boxes[2].click();
    (el.shadowRoot!.querySelector('[part~="show"]') as HTMLButtonElement).click();
  },
};

/** Inside a provider, which supplies the booking URL, region and theme. */
export const WithProvider: Story = {
  render: () => html`
    <attune-provider booking-url="https://example.com/provider-booking" region="AU" theme="light">
      <attune-symptom-checklist mode="rate"></attune-symptom-checklist>
    </attune-provider>
  `,
};

/** Your own statements, from a child JSON script, and your own introduction. */
export const CustomItems: Story = {
  render: () => html`
    <attune-symptom-checklist heading="Before your first session">
      <p slot="intro">A few things people often tell us at the start. Nothing you tick leaves this page.</p>
      <script type="application/json">
        [
          {"id": "replies", "text": "I worry when a message goes unanswered", "hint": "Even for a short while"},
          {"id": "plans", "text": "I change my plans to stay close to my partner"},
          {"id": "alone", "text": "Time alone leaves me uneasy"}
        ]
      </script>
    </attune-symptom-checklist>
  `,
};

/** Submitted with a form under its `name`; `required` asks for an answer first. */
export const InAForm: Story = {
  render: () => html`
    <form @submit=${(e: SubmitEvent) => e.preventDefault()}>
      <attune-symptom-checklist name="reflection" required></attune-symptom-checklist>
      <p><button>Send to my therapist</button> <button type="reset">Reset</button></p>
    </form>
  `,
};
