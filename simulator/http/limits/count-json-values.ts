/**
 * At least how many values (objects, arrays, strings, numbers, literals) a JSON text holds, counted from its
 * characters before anything is parsed, stopping past `stopAt`: the top-level value, each container's first
 * member at its `{` or `[`, and the next at each `,` outside strings. Exact for valid JSON but for empty
 * containers, which count one more than they hold (they cost memory all the same). Invalid JSON is refused by
 * the parser afterwards anyway.
 */
export function countJsonValues(text: string, stopAt: number): number {
  let count = 1;
  let inString = false;
  for (let i = 0; i < text.length && count <= stopAt; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b || code === 0x2c) count++; // { [ ,
  }
  return count;
}
