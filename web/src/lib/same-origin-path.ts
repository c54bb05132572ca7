// Where a form may send someone afterwards (`next`, `back`): only a path on this site. Prefix checks were beaten by
// `/%09/host` style paths (the URL parser drops tabs and reads a backslash as a slash) and a CR, LF or non-ASCII
// character made the redirect itself fail with HTTP 500 (issue 13, finding 3). So: printable ASCII only, then parse
// it as a URL against a placeholder origin and keep it only if the origin did not change.
const PLACEHOLDER = 'http://same-origin.invalid';

export function sameOriginPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 500 || !/^[\x21-\x7e]+$/.test(raw) || !raw.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that a browser might still read as protocol-relative after its own normalisation.
  return path.startsWith('//') || path.startsWith('/\\') ? null : path;
}
