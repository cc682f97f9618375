/**
 * A bounded map in two generations: when the young map is full it becomes the
 * old one and the previous old one is dropped. Clearing one map whole when
 * full (what the str caches did) lost every entry at once, so a program making
 * more strs than the bound (100k list items to sort) missed on nearly all of
 * them; here the newest `max` to `2 * max` entries always stay.
 */
export class GenCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(k: K): V | undefined {
    const v = this.young.get(k);
    if (v !== undefined) return v;
    const o = this.old.get(k);
    // Promoted, so an entry in use survives the next turnover.
    if (o !== undefined) this.set(k, o);
    return o;
  }

  set(k: K, v: V): void {
    if (this.young.size >= this.max) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(k, v);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
