import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and docs (attributes, properties, events, slots, parts, CSS properties) come from
// custom-elements.json, which `npm run analyze` writes from the components' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: {expanded: true},
    layout: 'padded',
  },
};

export default preview;
