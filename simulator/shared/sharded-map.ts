/** How many maps a ShardedMap spreads its keys over: a power of two. */
const SHARDS = 16;

/**
 * A map from string keys, spread over 16 Maps by the key's last two characters. V8 grows a Map by rehashing
 * all of it into a table twice the size, in one go: the store's tables keyed per create (charges, sources,
 * events, their indexes) all doubled at the same create, which took 38-155 ms at 65,536 charges and 74-86 ms
 * at 131,072 (their keys lie all over a large heap; a lone Map of packed keys takes 3 and 7 ms).
 * Split sixteen ways, each part doubles at a sixteenth of the size and at its own moment, a millisecond or so
 * at a time. Ids end in random base-36 characters, so their last two spread them evenly; any other key works,
 * less evenly. Iteration follows the shards, not insertion: RecordTable keeps its own order.
 */
export class ShardedMap<V> {
  readonly #shards: Map<string, V>[] = Array.from({ length: SHARDS }, () => new Map<string, V>());
  #size = 0;

  get size(): number {
    return this.#size;
  }

  get(key: string): V | undefined {
    return this.#shardOf(key).get(key);
  }

  has(key: string): boolean {
    return this.#shardOf(key).has(key);
  }

  set(key: string, value: V): this {
    const shard = this.#shardOf(key);
    const before = shard.size;
    shard.set(key, value);
    this.#size += shard.size - before;
    return this;
  }

  delete(key: string): boolean {
    const deleted = this.#shardOf(key).delete(key);
    if (deleted) this.#size--;
    return deleted;
  }

  clear(): void {
    for (const shard of this.#shards) shard.clear();
    this.#size = 0;
  }

  /** Every value, shard by shard: in no order that means anything. */
  *values(): IterableIterator<V> {
    for (const shard of this.#shards) yield* shard.values();
  }

  #shardOf(key: string): Map<string, V> {
    return this.#shards[shardIndex(key)] as Map<string, V>;
  }
}

/**
 * Which of the 16 maps holds `key`: from its last two characters. A key that is not a string (a record read
 * from elsewhere without the field) goes to the first map, as a Map would take it, rather than throw.
 */
export function shardIndex(key: string): number {
  if (typeof key !== 'string') return 0;
  const end = key.length;
  const mix = end < 2 ? end : key.charCodeAt(end - 1) + 7 * key.charCodeAt(end - 2);
  return mix & (SHARDS - 1);
}
