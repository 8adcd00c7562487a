// The Svelte language server loads svelte-html.d.ts itself (it is not in svelte's exports map).
/// <reference path="../../node_modules/svelte/svelte-html.d.ts" />
// A Svelte 5 consumer's view of 'attune-widgets/svelte' (svelteHTML's IntrinsicElements): every
// tag's attributes are typed, and a wrong value is an error.
import type {} from 'attune-widgets/svelte';

export const cta: svelteHTML.IntrinsicElements['attune-booking-cta'] = {variant: 'banner', 'on:attune-book': (event) => event.detail.href};
// @ts-expect-error: 'sideways' is not a variant
export const wrong: svelteHTML.IntrinsicElements['attune-booking-cta'] = {variant: 'sideways'};
