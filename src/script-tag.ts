// The entry of the script-tag files (dist/attune.js, dist/attune.classic.js): registers every
// element and exposes the one function a page without a build step needs. The classes are
// reachable through customElements.get('attune-…'); npm users import them from 'attune-widgets'.
import './index.js';

export {registerPack} from './content/registry.js';
