import {LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues} from 'lit';
import {ContextConsumer} from '@lit/context';
import {configContext, type AttuneConfig, type Theme} from '../context/config.js';
import {getPack, hasTopic, DEFAULT_TOPIC} from '../content/registry.js';
import {patterns} from '../content/schema.js';
import type {ContentPack} from '../content/types.js';
import {hostStyles} from '../styles/tokens.js';
import {warnAttribute} from './warn.js';
import {coerce} from './coerce.js';

export const themes: readonly Theme[] = ['light', 'dark', 'auto'];
// Classes whose property setters already coerce (finalize runs once per class, but say so).
const coerced = new WeakSet<object>();

/**
 * The thin base of every Attune widget: shared host styles, the provider's configuration, and the
 * content pack for the widget's topic and locale. An attribute on the widget beats the provider.
 *
 * @cssproperty --attune-font - Font family. Default: inherited from the page.
 * @cssproperty --attune-text - Text colour. Default: inherited from the page (a `theme` sets one).
 * @cssproperty --attune-text-muted - Secondary text colour.
 * @cssproperty --attune-surface - Background of panels and cards. Default: transparent (a `theme` sets one).
 * @cssproperty --attune-surface-muted - Background of quieter areas.
 * @cssproperty --attune-border - Border colour.
 * @cssproperty --attune-accent - Accent colour: bullets, buttons, focus ring. Default `#1f6b64`.
 * @cssproperty --attune-on-accent - Text on the accent colour.
 * @cssproperty --attune-focus - Focus ring colour. Default `--attune-accent`.
 * @cssproperty --attune-radius - Corner radius. Default `0.5rem`.
 * @cssproperty --attune-space - Base spacing unit. Default `1rem`.
 * @cssproperty --attune-line-height - Line height. Default `1.55`.
 * @cssproperty --attune-heading-font - Font family of every widget's heading. Default: inherited.
 * @cssproperty --attune-heading-size - Font size of every widget's heading. Default `1.5em`.
 * @cssproperty --attune-heading-color - Colour of every widget's heading. Default: inherited.
 */
export class AttuneElement extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  // Declared as `static properties` rather than decorators: no decorator runtime in the
  // script-tag file. Each field below carries its documentation.
  static override properties: PropertyDeclarations = {
    theme: {reflect: true},
    locale: {},
    topic: {},
  };

  /**
   * Every public property takes what its attribute takes, whatever a framework passes (a URL object,
   * a number, a list, null): one mechanism for every element, wrapped around the setters Lit installs
   * for the class's own properties.
   */
  protected static override finalize() {
    super.finalize();
    if (coerced.has(this)) return;
    coerced.add(this);
    for (const [name, options] of this.elementProperties) {
      const descriptor = Object.getOwnPropertyDescriptor(this.prototype, name);
      const set = descriptor?.set;
      if (options.state || !set) continue;
      const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
      Object.defineProperty(this.prototype, name, {
        ...descriptor,
        set(this: AttuneElement, value: unknown) {
          set.call(this, coerce(this, attribute, value, options.type));
        },
      });
    }
  }

  // The controller (rather than the @consume decorator) keeps the script-tag file smaller;
  // it requests an update whenever the provider's value changes.
  #consumer = new ContextConsumer(this, {context: configContext, subscribe: true});

  /** The content pack in use, derived from `topic` and `locale` before each render. */
  protected pack: ContentPack = getPack();

  /** Colour theme: `light`, `dark` or `auto` (follows the visitor's setting). Unset: the page's colours. */
  declare theme?: Theme;

  /** Language of the content, e.g. `en` or `es`. Default: the provider's, then the page's `lang`, then `en`. */
  declare locale?: string;

  /** Content topic. Default: the provider's, then `anxious-attachment`. */
  declare topic?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Upgraded while the page is still being parsed (a classic script in <head>), children such as
    // a fallback link or a JSON script may not exist yet, or be half-parsed: read them once it is parsed.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.readChildren(), {once: true});
    else this.readChildren();
  }

  /** Reads configuration from light-DOM children: on connect, or once the page is parsed. */
  protected readChildren(): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.theme && !themes.includes(this.theme)) {
      warnAttribute(this, 'theme', this.theme, 'expected "light", "dark" or "auto"; using "light".');
    }
    if (changed.has('locale') && this.locale && !patterns.locale.test(this.locale)) {
      warnAttribute(this, 'locale', this.locale, 'not a language tag like "es-MX"; ignored.');
    }
    if (changed.has('topic') && this.topic && !hasTopic(this.topic)) {
      warnAttribute(this, 'topic', this.topic, `no content pack for this topic; showing "${DEFAULT_TOPIC}".`);
    }
    this.pack = getPack(this.topic || this.inherited.topic, this.currentLocale);
    if (changed.has('locale') && this.locale && patterns.locale.test(this.locale) && !this.locale.startsWith(this.pack.locale.split('-')[0])) {
      warnAttribute(this, 'locale', this.locale, `no content pack for this language; showing "${this.pack.locale}".`);
    }
  }

  /** Configuration shared by the nearest `<attune-provider>` (empty without one). */
  protected get inherited(): AttuneConfig {
    return this.#consumer.value ?? {};
  }

  /** The locale in effect: own attribute, provider, the page's `lang`, then `en`. */
  protected get currentLocale(): string {
    const candidates = [this.locale, this.inherited.locale, this.closest('[lang]')?.getAttribute('lang')];
    return candidates.find((l): l is string => !!l && patterns.locale.test(l)) ?? 'en';
  }
}
