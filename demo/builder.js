// The snippet builder. Its form controls come from custom-elements.json (attributes, types, enum
// values, defaults, descriptions), so a new attribute appears here by itself. Everything stays in
// this page: no request but its own files (the manifest, the built library), no storage; the
// configuration lives in the URL hash.
// DOM is built with createElement/textContent only (no innerHTML), so it runs under Trusted Types.

/** The widgets a site owner picks from, with the room each needs before the script arrives. */
const widgets = {
  'attune-symptom-checklist': {name: 'Symptom checklist', room: () => 'display: block; min-block-size: 40rem;'},
  'attune-therapy-cards': {name: 'Therapy cards', room: () => 'display: block; min-block-size: 60rem;'},
  'attune-booking-cta': {
    name: 'Booking button',
    room: (values) =>
      values.variant === 'banner' ? 'display: block; min-block-size: 13rem;' : values.variant === 'floating' ? 'display: block; block-size: 5rem;' : '',
  },
  'attune-explainer': {name: 'Explainer section', room: (values) => `display: block; min-block-size: ${values.collapsible ? '2.75rem' : '24rem'};`},
};
const PROVIDER = 'attune-provider';
const DEFAULT_SCRIPT = '/assets/attune.js';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** `'a' | 'b' | undefined` → ['a', 'b']; anything else → null. */
const enumValues = (type = '') => {
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  return parts.length && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : null;
};

/** What kind of control an attribute gets, and how its value is checked, as the element checks it. */
function describe(attribute) {
  const type = attribute.type?.text ?? 'string';
  const values = enumValues(type);
  const description = (attribute.description ?? '').replace(/`/g, '');
  const fallback = (attribute.default ?? '').replace(/^'|'$/g, '');
  const range = /(\d)–(\d)/.exec(description);
  const kind = values ? 'enum' : /\bboolean\b/.test(type) ? 'boolean' : /\bnumber\b/.test(type) ? 'number' : 'text';
  const check = (value) => {
    if (value === '') return '';
    if (kind === 'number') {
      const n = Number(value);
      if (!Number.isInteger(n) || (range && (n < +range[1] || n > +range[2]))) return range ? `Enter a whole number from ${range[1]} to ${range[2]}.` : 'Enter a whole number.';
    }
    if (attribute.name === 'href' || attribute.name.endsWith('-url')) return safeUrl(value) ? '' : 'Enter a web address starting with https:// or http:// (or a path on your site, such as /book).';
    if (attribute.name === 'region' && !/^[a-z]{2}$/i.test(value)) return 'Enter a two-letter region code, such as US or GB.';
    if (attribute.name === 'locale' && !patterns.locale.test(value)) return 'Enter a language tag, such as en or es-MX.';
    if (attribute.name === 'locale' && !(value.split('-')[0].toLowerCase() in packFiles)) return `No content in this language yet: use ${Object.keys(packFiles).join(' or ')} (or register a pack of your own).`;
    if (attribute.name === 'topic' && value !== pack.topic) return `The only topic so far is ${pack.topic}.`;
    if (attribute.name === 'therapies') {
      const unknown = value.split(',').map((id) => id.trim()).filter((id) => id && !therapyIds.includes(id));
      if (unknown.length) return `Unknown: ${unknown.join(', ')}. Use ids from: ${therapyIds.join(', ')}.`;
    }
    return '';
  };
  return {name: attribute.name, kind, values, description, fallback, check, range};
}

// The elements' own checks: an http(s) URL (relative ones resolve against the site where the
// snippet is pasted), a language tag.
const {safeUrl: checkUrl} = await import('../dist/internal/url.js');
const {patterns} = await import('../dist/content/patterns.js');
const safeUrl = (value) => checkUrl(value, 'https://your-site.example/');

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The elements' own content, to check therapy ids and topics as the elements do.
const {anxiousAttachmentEn: pack} = await import('../dist/content/anxious-attachment.en.js');
const therapyIds = pack.sections.therapies.items.map((item) => item.id);
// Languages with a content pack, and the script file that brings each (English is in attune.js).
const packFiles = {en: 'attune.js', es: 'attune.es.js'};

// The state: the chosen widget, whether a provider wraps it, each element's values, the script URL.
const state = {widget: 'attune-symptom-checklist', provider: false, prerendered: false, values: {}, script: DEFAULT_SCRIPT};
let fields = {};

/** Values that are set and valid, in manifest order: what goes into the preview and the snippet. */
function validValues(tag) {
  const out = {};
  for (const field of fields[tag]) {
    const value = state.values[tag]?.[field.name];
    if (field.kind === 'boolean' ? value === true : value !== undefined && value !== '' && !field.check(value)) out[field.name] = value;
  }
  return out;
}

const attributes = (tag) =>
  Object.entries(validValues(tag))
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');

/** The language the snippet's widgets use: the widget's locale, else the provider's. */
const language = () => {
  const locale = validValues(state.widget).locale ?? (state.provider ? validValues(PROVIDER).locale : undefined);
  return locale ? locale.split('-')[0].toLowerCase() : 'en';
};

/** The script address: the one given (when valid), pointing at the file that has the chosen language. */
function scriptSrc() {
  const src = scriptProblem() ? DEFAULT_SCRIPT : state.script.trim();
  const file = packFiles[language()] ?? 'attune.js';
  return file === 'attune.js' ? src : src.replace(/attune\.js$/, file);
}

const scriptProblem = () => (safeUrl(state.script) ? '' : 'Enter the address of attune.js, such as /assets/attune.js or https://…');

/** The widget's markup, wrapped in its provider when there is one. */
function widgetMarkup() {
  const tag = state.widget;
  const values = validValues(tag);
  // A booking button is a plain link until the script runs (and if it never does).
  const inner =
    tag === 'attune-booking-cta' && values.href
      ? `\n  <a href="${escapeAttribute(values.href)}">${escapeText(values.label || pack.booking.label)}</a>\n`
      : '';
  const widget = `<${tag}${attributes(tag)}>${inner}</${tag}>`;
  return state.provider ? `<${PROVIDER}${attributes(PROVIDER)}>\n  ${widget.replace(/\n/g, '\n  ')}\n</${PROVIDER}>` : widget;
}

// The server renderer, in a Worker made the first time a pre-rendered snippet is asked for.
let renderer;
let asked = 0;
function prerender(html) {
  renderer ??= new Worker(new URL('../dist/attune-prerender.js', import.meta.url), {type: 'module'});
  const id = ++asked;
  return new Promise((resolve, reject) => {
    const answer = ({data}) => {
      if (data.id !== id) return;
      renderer.removeEventListener('message', answer);
      if (data.error) reject(new Error(data.error));
      else resolve(data);
    };
    renderer.addEventListener('message', answer);
    renderer.postMessage({id, html});
  });
}

/** The pre-rendered snippet: the script, and the widget with its content already in declarative shadow DOM. */
async function prerenderedSnippet() {
  const {html, version} = await prerender(widgetMarkup());
  return [`<script type="module" src="${escapeAttribute(scriptSrc())}"></script>`, `<!-- Pre-rendered by Attune ${version}: make it again when you update attune.js. -->`, html].join('\n');
}

function snippet() {
  const tag = state.widget;
  const values = validValues(tag);
  const room = widgets[tag].room(values);
  const rules = [`${tag}:not(:defined) { ${room || 'display: inline-block;'} }`];
  if (tag === 'attune-booking-cta' && values.variant === 'floating') rules.push(`${tag}:not(:defined) > a { display: none; }`);
  if (state.provider) rules.push(`${PROVIDER}:not(:defined) { display: contents; }`);
  return [
    `<script type="module" src="${escapeAttribute(scriptSrc())}"></script>`,
    `<style>\n  ${rules.join('\n  ')}\n</style>`,
    widgetMarkup(),
  ].join('\n');
}

/** The real elements, with the same valid attributes as the snippet. */
function preview() {
  const make = (tag) => {
    const node = document.createElement(tag);
    // `remember` stays in the snippet only: the builder itself stores nothing.
    for (const [name, value] of Object.entries(validValues(tag))) if (name !== 'remember') node.setAttribute(name, value === true ? '' : value);
    return node;
  };
  const widget = make(state.widget);
  // In the preview, the widget's heading sits below the page's "Preview" heading (an h2).
  if (fields[state.widget].some((field) => field.name === 'heading-level') && !widget.hasAttribute('heading-level')) widget.setAttribute('heading-level', '3');
  if (state.widget === 'attune-booking-cta' && widget.hasAttribute('href')) widget.append(el('a', {href: widget.getAttribute('href'), textContent: widget.getAttribute('label') || pack.booking.label}));
  if (!state.provider) return widget;
  const provider = make(PROVIDER);
  provider.append(widget);
  return provider;
}

/** One labelled control for an attribute, with its description and an inline message. */
function control(tag, field) {
  const id = `${tag}--${field.name}`;
  const hint = el('p', {className: 'hint', id: `${id}-hint`, textContent: field.description});
  const error = el('p', {className: 'error', id: `${id}-error`, hidden: true});
  const value = state.values[tag]?.[field.name];
  const set = (v) => {
    (state.values[tag] ??= {})[field.name] = v;
    const message = field.kind === 'boolean' ? '' : input.validity?.badInput ? 'Enter a whole number.' : field.check(v);
    error.textContent = message;
    error.hidden = !message;
    input.setAttribute('aria-invalid', String(!!message));
    update();
  };
  let input;
  if (field.kind === 'boolean') {
    input = el('input', {type: 'checkbox', id, checked: value === true});
    input.addEventListener('change', () => set(input.checked));
    input.setAttribute('aria-describedby', hint.id);
    return el('div', {className: 'field'}, el('label', {className: 'check'}, input, el('code', {textContent: field.name})), hint);
  }
  if (field.kind === 'enum') {
    input = el('select', {id});
    input.append(el('option', {value: '', textContent: field.fallback ? `${field.fallback} (default)` : '(not set)'}));
    for (const v of field.values) if (v !== field.fallback) input.append(el('option', {value: v, textContent: v}));
    input.value = field.values.includes(value) ? value : '';
    input.addEventListener('change', () => set(input.value));
  } else {
    input = el('input', {id, type: field.kind === 'number' ? 'number' : 'text', value: value ?? '', autocomplete: 'off', spellcheck: false});
    if (field.kind === 'number') {
      input.step = 1;
      if (field.range) [input.min, input.max] = [field.range[1], field.range[2]];
      input.placeholder = field.fallback;
    }
    if (field.name === 'href' || field.name.endsWith('-url')) input.inputMode = 'url';
    input.addEventListener('input', () => set(input.value));
  }
  input.setAttribute('aria-describedby', `${hint.id} ${error.id}`);
  const field$ = el('div', {className: 'field'}, el('label', {htmlFor: id}, el('code', {textContent: field.name})), hint, input, error);
  // Restored values are checked at once, so a bad one in a shared link shows its message.
  if (value !== undefined && value !== '' && field.check(value)) queueMicrotask(() => set(value));
  return field$;
}

function renderFields() {
  const groups = [state.widget, ...(state.provider ? [PROVIDER] : [])].map((tag) =>
    el('fieldset', {}, el('legend', {}, tag === PROVIDER ? 'Provider options ' : `${widgets[tag].name} options `, el('code', {textContent: `<${tag}>`})), ...fields[tag].map((f) => control(tag, f))),
  );
  $('fields').replaceChildren(...groups);
}

/** The configuration as a URL hash: w=<widget>, p=1 (provider), <tag>.<attribute>=<value>, script=<url>. */
function toHash() {
  const params = new URLSearchParams({w: state.widget.replace('attune-', '')});
  if (state.provider) params.set('p', '1');
  if (state.prerendered) params.set('pre', '1');
  for (const tag of [state.widget, ...(state.provider ? [PROVIDER] : [])]) {
    for (const [name, value] of Object.entries(state.values[tag] ?? {})) {
      if (value !== '' && value !== false) params.set(`${tag.replace('attune-', '')}.${name}`, value === true ? '' : value);
    }
  }
  if (state.script !== DEFAULT_SCRIPT) params.set('script', state.script);
  return `#${params}`;
}

function fromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const widget = `attune-${params.get('w')}`;
  state.widget = widget in widgets ? widget : 'attune-symptom-checklist';
  state.provider = params.get('p') === '1';
  state.prerendered = params.get('pre') === '1';
  state.script = params.has('script') ? params.get('script') : DEFAULT_SCRIPT;
  state.values = {};
  for (const [key, value] of params) {
    const [short, name] = key.split('.');
    const tag = `attune-${short}`;
    const field = name && fields[tag]?.find((f) => f.name === name);
    if (!field) continue;
    // Values a control could not hold (an unknown enum value) are dropped, not kept hidden.
    if (field.kind === 'enum' && !field.values.includes(value)) continue;
    if (field.kind !== 'boolean' && value === field.fallback) continue;
    (state.values[tag] ??= {})[name] = field.kind === 'boolean' ? true : value;
  }
}

let spanishLoaded = false;

function update() {
  const message = scriptProblem();
  $('script-src-error').textContent = message;
  $('script-src-error').hidden = !message;
  $('script-src').setAttribute('aria-invalid', String(!!message));
  // The preview needs the Spanish pack when the snippet does.
  if (language() === 'es' && !spanishLoaded) {
    spanishLoaded = true;
    import('../dist/attune.es.js').then(update);
  }
  $('snippet').value = snippet();
  if (state.prerendered) {
    const shown = $('snippet').value;
    $('copy-status').textContent = 'Pre-rendering…';
    prerenderedSnippet().then(
      (text) => {
        // (Unless the options changed meanwhile: a later call writes its own.)
        if ($('snippet').value !== shown) return;
        $('snippet').value = text;
        $('copy-status').textContent = '';
      },
      (error) => ($('copy-status').textContent = `Could not pre-render: ${error.message}. The snippet above works without it.`),
    );
  }
  $('preview').replaceChildren(preview());
  if (!state.prerendered) $('copy-status').textContent = '';
  const hash = toHash();
  if (location.hash !== hash) history.replaceState(null, '', hash);
}

function renderAll() {
  for (const input of document.querySelectorAll('input[name="widget"]')) input.checked = input.value === state.widget;
  $('provider').checked = state.provider;
  $('prerendered').checked = state.prerendered;
  $('script-src').value = state.script;
  renderFields();
  update();
}

async function copy() {
  const text = $('snippet').value;
  try {
    await navigator.clipboard.writeText(text);
    $('copy-status').textContent = 'Snippet copied. Paste it into your page’s HTML.';
  } catch {
    // No clipboard access (an old browser, or a page in a frame): select it for Ctrl+C / ⌘C.
    $('snippet').focus();
    $('snippet').select();
    $('copy-status').textContent = 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}

async function start() {
  const manifest = await (await fetch(new URL('../custom-elements.json', import.meta.url))).json();
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  for (const tag of [...Object.keys(widgets), PROVIDER]) {
    fields[tag] = (declarations.find((d) => d.tagName === tag)?.attributes ?? []).map(describe);
  }
  $('widgets').append(
    ...Object.entries(widgets).map(([tag, {name}]) => {
      const input = el('input', {type: 'radio', name: 'widget', value: tag});
      input.addEventListener('change', () => {
        state.widget = tag;
        renderFields();
        update();
      });
      return el('label', {className: 'check'}, input, name);
    }),
  );
  $('provider').addEventListener('change', () => {
    state.provider = $('provider').checked;
    renderFields();
    update();
  });
  $('prerendered').addEventListener('change', () => {
    state.prerendered = $('prerendered').checked;
    update();
  });
  $('script-src').addEventListener('input', () => {
    state.script = $('script-src').value;
    update();
  });
  $('copy').addEventListener('click', copy);
  addEventListener('hashchange', () => {
    fromHash();
    renderAll();
  });
  fromHash();
  renderAll();
  // (attune.js loads the widgets once the page has one: the preview's, just made.)
  await customElements.whenDefined('attune-provider');
  document.documentElement.dataset.ready = '';
}

start();
