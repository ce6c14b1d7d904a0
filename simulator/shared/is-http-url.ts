/**
 * An absolute http or https URL, exactly as sent. WHATWG's URL parser quietly drops tabs, CR and LF anywhere
 * and control characters and spaces at either end, so `new URL` alone would accept `http://shop/\r\nX: y`
 * and store a URL that is not the one a browser or `fetch` uses; CR/LF in a stored URL also break the
 * `Location` header it is redirected to. A URI (RFC 3986) has no control characters and no spaces: refused.
 */
export function isHttpUrl(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  if (/[\u0000-\u0020\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
