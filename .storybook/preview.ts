import type {Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and docs (attributes, properties, events, slots, parts, CSS properties) come from
// custom-elements.json, which `npm run analyze` writes from the components' JSDoc: each story file
// takes its argTypes from wc-toolkit's helpers, which read the manifest set here. Storybook's own
// reading of it is turned off (docs.extractArgTypes below), or the docs tables would list each
// entry twice (a slot and an attribute both named `heading`).
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // "Page: dark" renders every story on a dark page inside <attune-provider theme="dark"> (a story's
  // own `theme` still wins). `npm test` audits every story both ways (test/stories.test.ts).
  globalTypes: {
    scheme: {
      description: 'Page colour scheme',
      toolbar: {title: 'Page', icon: 'mirror', items: [{value: 'light', title: 'Page: light'}, {value: 'dark', title: 'Page: dark'}], dynamicTitle: true},
    },
  },
  initialGlobals: {scheme: 'light'},
  decorators: [
    (story, context) =>
      context.globals.scheme === 'dark'
        ? html`<div class="attune-dark-page" style="background:#0c1415;color:#e4eeec;color-scheme:dark;padding:1rem;min-height:100vh">
            <attune-provider theme="dark">${story()}</attune-provider>
          </div>`
        : story(),
  ],
  parameters: {
    docs: {extractArgTypes: () => ({})},
    controls: {expanded: true},
    layout: 'padded',
  },
};

export default preview;
