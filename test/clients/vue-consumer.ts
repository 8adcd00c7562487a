// A Vue 3 consumer's view of 'attune-widgets/vue' (GlobalComponents for templates): every tag's
// props are typed, and a wrong value is an error.
import type {GlobalComponents} from 'vue';
import type {} from 'attune-widgets/vue';

type ExplainerProps = InstanceType<GlobalComponents['attune-explainer']>['$props'];
export const explainer: ExplainerProps = {section: 'signs', collapsible: true, 'onattune-toggle': (event) => event.detail.expanded};
// @ts-expect-error: 'nope' is not a section
export const wrong: ExplainerProps = {section: 'nope'};
