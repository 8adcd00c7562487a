/**
 * Resolves `value` against the page and returns it only when it is an http(s) URL.
 * Everything else (`javascript:`, `data:`, `vbscript:`, malformed) gives `null`.
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value || !value.trim()) return null;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
