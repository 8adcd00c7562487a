/** Records console.warn / console.error calls until `restore()` (and still lets tests read them). */
export function captureConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const {warn, error} = console;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  return {
    warnings,
    errors,
    get all() {
      return [...warnings, ...errors];
    },
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** The text a visitor sees in an element's shadow root, whitespace collapsed. */
export const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Values a careless or hostile page might put in any attribute. */
export const hostileValues = [
  '<img src=x onerror="window.__attunePwned=true">',
  '"><script>window.__attunePwned=true</script>',
  'javascript:window.__attunePwned=true',
  'x'.repeat(100_000),
  'مرحبا بالعالم 👋🏽 שלום',
  '',
  '{"malformed": ',
  '-1',
];

declare global {
  interface Window {
    __attunePwned?: boolean;
  }
}
