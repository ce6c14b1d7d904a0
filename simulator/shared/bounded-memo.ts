/**
 * `compute` remembered for the last keys it was asked about, at most `size` of them: for pure functions that
 * hot paths call again and again with the same few keys (a client's Authorization header, an account's
 * webhook secret and URL, the second a timestamp falls in). When full it starts over rather than track
 * which key is oldest: a key asked again is computed again, the same answer.
 */
export function boundedMemo<K, V>(size: number, compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = compute(key);
    if (known.size >= size) known.clear();
    known.set(key, value);
    return value;
  };
}
