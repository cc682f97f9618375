/**
 * Set once this worker has met an instance of a subclass of str: from then on
 * a dict lookup by a JS string takes the general path, because the heap's str
 * fast path (dictGetStr) matches only exact str keys and `{Name('a'): 1}['a']`
 * must find the subclass key (equal, same hash). A worker that never met one
 * keeps the fast path (worker mode: a dict another worker filled with such keys
 * is searched correctly only once this worker has rebuilt one of them).
 */
export const strSubclassKeys = { seen: false };
