import {LitElement, html, isServer, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues} from 'lit';
import {ContextConsumer} from '@lit/context';
import {configContext, type AttuneConfig, type Theme} from '../context/config.js';
import {getPack, hasTopic, onPacksChange, packsPending, packsReady, requestLanguage, DEFAULT_TOPIC} from '../content/registry.js';
import {patterns} from '../content/patterns.js';
import type {ContentPack} from '../content/types.js';
import {hostStyles} from '../styles/tokens.js';
import {warnAttribute} from './warn.js';
import {coerceProperties} from './coerce.js';
import {headingLevel} from './heading.js';
import {ownUrl} from './url.js';
import {hydration, parsing, readChildMarkup, serverPages, type ChildMarkup} from './page.js';

export const themes: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * The thin base of every Attune widget: shared host styles, the provider's configuration, and the
 * content pack for the widget's topic and locale. An attribute on the widget beats the provider.
 * It also holds the rules every widget shares: properties take what frameworks pass, content
 * carries its language, and booking URLs, regions and heading levels are checked one way.
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
 * @cssproperty --attune-link-color - Colour of links inside widgets (a page's own link colour cannot reach them). Default `--attune-accent`.
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

  protected static override finalize() {
    super.finalize();
    coerceProperties(this);
  }

  // The controller (rather than the @consume decorator) keeps the script-tag file smaller;
  // it requests an update whenever the provider's value changes.
  #consumer = new ContextConsumer(this, {context: configContext, subscribe: true});

  /** The content pack in use, derived from `topic` and `locale` before each render. */
  protected pack: ContentPack = getPack();

  /** What the element reads from the markup inside it (see internal/page.ts). */
  protected childMarkup: ChildMarkup = {};

  /** Colour theme: `light`, `dark` or `auto` (follows the visitor's setting). Unset: the page's colours. */
  declare theme?: Theme;

  /** Language of the content, e.g. `en` or `es`. Default: the provider's, then the page's `lang`, then `en`. */
  declare locale?: string;

  /** Content topic. Default: the provider's, then `anxious-attachment`. */
  declare topic?: string;

  #stopListening?: () => void;

  override connectedCallback(): void {
    // Pre-rendered on a server, a widget of the page hydrates when it is needed (internal/hydrate.ts).
    if (!isServer && this.hasAttribute('defer-hydration') && !(this.getRootNode() instanceof ShadowRoot)) hydration.schedule?.(this);
    super.connectedCallback();
    // A pack that arrives later (loaded on demand, or checked after registerPack) shows at once.
    this.#stopListening ??= onPacksChange(() => this.requestUpdate());
    // Upgraded while the page is still being parsed (a classic script in <head>), children such as
    // a fallback link or a JSON script may not exist yet, or be half-parsed: read them once it is parsed.
    if (parsing()) document.addEventListener('DOMContentLoaded', () => this.readChildren(), {once: true});
    else this.readChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  /**
   * Before rendering, the pack for the element's language is asked for (loaded on demand when
   * Attune ships one), and a pack still being checked or loaded is waited for, up to 3 seconds,
   * so a page in Spanish does not flash English first.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!isServer) requestLanguage(this.currentLocale);
    if (packsPending()) await Promise.race([packsReady(), new Promise((resolve) => setTimeout(resolve, 3000))]);
    return super.scheduleUpdate();
  }

  /** Reads `childMarkup`: on connect, once the page is parsed, and when they change. */
  protected readChildren(): void {
    this.childMarkup = isServer ? (serverPages.get(this)?.children ?? {}) : readChildMarkup(this);
    this.requestUpdate();
  }

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

  /** Every widget's content carries its pack's language and direction (the wrapper draws nothing). */
  override render() {
    return html`<div class="lang" lang=${this.pack.locale} dir=${this.pack.dir ?? 'ltr'}>${this.renderContent()}</div>`;
  }

  /** The element's own content, inside the language wrapper. */
  protected renderContent(): unknown {
    return nothing;
  }

  /** Configuration shared by the nearest `<attune-provider>` (empty without one). */
  protected get inherited(): AttuneConfig {
    return this.#consumer.value ?? {};
  }

  /** The locale in effect: own attribute, provider, the page's `lang`, then `en`. */
  protected get currentLocale(): string {
    const page = isServer ? serverPages.get(this)?.lang : this.closest('[lang]')?.getAttribute('lang');
    return [this.locale, this.inherited.locale, page].find((l): l is string => !!l && patterns.locale.test(l)) ?? 'en';
  }

  /** The address relative URLs resolve against: the page's (on the server, the renderer's `baseUrl`). */
  protected get baseUrl(): string | undefined {
    return isServer ? serverPages.get(this)?.base : document.baseURI;
  }

  /** The heading level used when `heading-level` is unset or unusable. */
  protected get headingFallback(): number {
    return 2;
  }

  /** The heading level in use: `heading-level` when it is a whole number 1–6, else `headingFallback` (with one warning when it was set). */
  protected get level(): number {
    return headingLevel(this as unknown as HTMLElement & {headingLevel: number}, this.headingFallback);
  }

  /** A booking URL the element was given (checked), else the provider's. */
  protected bookingUrlFrom(own: string | undefined, attribute = 'booking-url'): string | undefined {
    return ownUrl(this, attribute, own, this.baseUrl) ?? this.inherited.bookingUrl;
  }

  /** A region code (`us` → `US`), or `undefined` with one warning when it is not two letters. */
  protected regionCode(value: string | undefined): string | undefined {
    if (value && /^[a-z]{2}$/i.test(value)) return value.toUpperCase();
    if (value) warnAttribute(this, 'region', value, 'expected a region code like "US"; ignored.');
    return undefined;
  }
}
