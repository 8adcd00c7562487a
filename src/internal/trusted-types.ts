/**
 * Lit makes a Trusted Types policy named "lit-html" as it loads. Under a Content-Security-Policy
 * with a `trusted-types` directive that throws when the name is not allowed, or when another copy
 * of Lit made it first without 'allow-duplicates' — an anonymous module error, and no widget on the
 * page upgrades. Imported before Lit, this module lets copies of Attune share the first copy's
 * policy (its one rule is the same in every copy), and turns a refusal into one console error that
 * names the directive; the widgets are then not registered, so the page's own fallback content
 * (a booking link) keeps working.
 */
interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

const policyKey = Symbol.for('attune.lit-html-policy');
const page = globalThis as typeof globalThis & {trustedTypes?: PolicyFactory} & Record<symbol, unknown>;
const factory = page.trustedTypes;

/** Set when the page's policy refused Lit's templates: the elements must not be registered. */
export let policyRefused = false;

if (factory) {
  const create = factory.createPolicy;
  factory.createPolicy = function (name: string, rules: object) {
    if (name !== 'lit-html') return create.call(this, name, rules);
    try {
      return (page[policyKey] ??= create.call(this, name, rules));
    } catch {
      policyRefused = true;
      console.error(
        "[attune] Trusted Types: the page's policy refuses \"lit-html\"; widgets not started. Allow: trusted-types lit-html ('allow-duplicates' if other Lit code loads too).",
      );
      return undefined;
    }
  };
  // Lit asks as it loads, in the same run of module code: then the page's factory is its own again.
  queueMicrotask(() => delete (factory as Partial<PolicyFactory>).createPolicy);
}
