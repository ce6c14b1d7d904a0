/**
 * How deep a JSON text nests (`{` and `[` open outside strings), counted from its characters without parsing
 * it, stopping as soon as it passes `stopAt`: so a body of 100,000 `[` is refused as nested too deeply (which
 * is true) rather than as invalid JSON (true too, but not the reason). Ruby's JSON parser, Rails' for JSON
 * bodies, likewise raises `JSON::NestingError` past `max_nesting`. A file that is sent on as it is (a replay
 * file) is counted before it is parsed: JSON.stringify of a structure that deep would overflow the stack.
 */
export function jsonNestingDepth(text: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAt) return deepest;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return deepest;
}
