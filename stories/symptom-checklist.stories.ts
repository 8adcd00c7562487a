import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {getStorybookHelpers} from '@wc-toolkit/storybook-helpers';
import {html} from 'lit';

// Controls, defaults and the template come from custom-elements.json (wc-toolkit's Storybook helpers).
const {args, argTypes, template} = getStorybookHelpers('attune-symptom-checklist');

const meta: Meta = {
  title: 'Widgets/Symptom checklist',
  component: 'attune-symptom-checklist',
  args: {...args, 'booking-url': 'https://example.com/book', region: 'US'},
  argTypes,
  render: (values) => template(values),
};
export default meta;

type Story = StoryObj;

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
