// CPython 3.12's list.sort (Objects/listobject.c: timsort with the powersort
// merge policy), ported so the VM asks exactly CPython's `<` questions in
// CPython's order: a key whose __lt__ counts or prints sees the same calls,
// and an exception raised mid-sort leaves the items in the order CPython
// leaves the list (every step keeps the array a permutation, as the C code's
// Fail paths do). JS's Array.prototype.sort is an older timsort (no powersort)
// and leaves its input untouched on a throw, so it cannot stand in.
//
// It sorts an array of item indices; `lt(i, j)` answers keys[i] < keys[j].

export type Less = (a: number, b: number) => boolean;

const MIN_GALLOP = 7;

interface Run {
  base: number;
  len: number;
  power: number;
}

/** listobject.c merge_compute_minrun. */
function minrunFor(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** listobject.c powerloop: the node power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2). */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** Sorts a[lo, hi) whose prefix [lo, start) is sorted: binary insertion. */
function binarysort(a: number[], lo: number, hi: number, start: number, lt: Less): void {
  if (lo === start) ++start;
  for (; start < hi; ++start) {
    let l = lo, r = start;
    const pivot = a[r] as number;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p] as number)) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; --p) a[p] = a[p - 1] as number;
    a[l] = pivot;
  }
}

/** The length of the run at a[lo, hi): negative when strictly descending. */
function countRun(a: number[], lo: number, hi: number, lt: Less): number {
  if (lo + 1 === hi) return 1;
  let n = 2;
  let i = lo + 2;
  if (lt(a[lo + 1] as number, a[lo] as number)) {
    for (; i < hi && lt(a[i] as number, a[i - 1] as number); ++i) ++n;
    return -n;
  }
  for (; i < hi && !lt(a[i] as number, a[i - 1] as number); ++i) ++n;
  return n;
}

/** Where key goes in the sorted s[base, base+n), before any equal items; hint: where to start looking. */
function gallopLeft(key: number, s: number[], base: number, n: number, hint: number, lt: Less): number {
  let lastofs = 0, ofs = 1;
  if (lt(s[base + hint] as number, key)) {
    const maxofs = n - hint;
    while (ofs < maxofs && lt(s[base + hint + ofs] as number, key)) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs && !lt(s[base + hint - ofs] as number, key)) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(s[base + m] as number, key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Where key goes in the sorted s[base, base+n), after any equal items. */
function gallopRight(key: number, s: number[], base: number, n: number, hint: number, lt: Less): number {
  let lastofs = 0, ofs = 1;
  if (lt(key, s[base + hint] as number)) {
    const maxofs = hint + 1;
    while (ofs < maxofs && lt(key, s[base + hint - ofs] as number)) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs && !lt(key, s[base + hint + ofs] as number)) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, s[base + m] as number)) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];
  constructor(readonly a: number[], readonly lt: Less) {}

  /** listobject.c found_new_run: merge while the run below has a higher power. */
  foundNewRun(n2: number): void {
    const p = this.pending;
    if (!p.length) return;
    const last = p[p.length - 1] as Run;
    const power = powerloop(last.base, last.len, n2, this.a.length);
    while (p.length > 1 && (p[p.length - 2] as Run).power > power) this.mergeAt(p.length - 2);
    (p[p.length - 1] as Run).power = power;
  }

  forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && (p[n - 1] as Run).len < (p[n + 1] as Run).len) --n;
      this.mergeAt(n);
    }
  }

  /** Merges pending runs i and i+1. */
  private mergeAt(i: number): void {
    const a = this.a, lt = this.lt, p = this.pending;
    const ra = p[i] as Run, rb = p[i + 1] as Run;
    let pa = ra.base, na = ra.len;
    const pb = rb.base;
    let nb = rb.len;
    ra.len = na + nb;
    p.splice(i + 1, 1);
    // Items of A already in place, and items of B that stay where they are.
    const k = gallopRight(a[pb] as number, a, pa, na, 0, lt);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = gallopLeft(a[pa + na - 1] as number, a, pb, nb, nb - 1, lt);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /** Merges A = a[pa, pa+na) and B = a[pb, pb+nb) (pb = pa+na, na <= nb) left to right, A copied aside. */
  private mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const a = this.a, lt = this.lt;
    const tmp = a.slice(pa, pa + na);
    let dest = pa, ia = 0, copyB = false;
    a[dest++] = a[pb++] as number;
    --nb;
    try {
      merge: {
        if (nb === 0) break merge;
        if (na === 1) {
          copyB = true;
          break merge;
        }
        let minGallop = this.minGallop;
        for (;;) {
          let acount = 0, bcount = 0;
          for (;;) {
            if (lt(a[pb] as number, tmp[ia] as number)) {
              a[dest++] = a[pb++] as number;
              ++bcount;
              acount = 0;
              if (--nb === 0) break merge;
              if (bcount >= minGallop) break;
            } else {
              a[dest++] = tmp[ia++] as number;
              ++acount;
              bcount = 0;
              if (--na === 1) {
                copyB = true;
                break merge;
              }
              if (acount >= minGallop) break;
            }
          }
          ++minGallop;
          do {
            minGallop -= minGallop > 1 ? 1 : 0;
            this.minGallop = minGallop;
            let k = gallopRight(a[pb] as number, tmp, ia, na, 0, lt);
            acount = k;
            if (k) {
              for (let j = 0; j < k; j++) a[dest + j] = tmp[ia + j] as number;
              dest += k;
              ia += k;
              na -= k;
              if (na === 1) {
                copyB = true;
                break merge;
              }
              if (na === 0) break merge;
            }
            a[dest++] = a[pb++] as number;
            if (--nb === 0) break merge;
            k = gallopLeft(tmp[ia] as number, a, pb, nb, 0, lt);
            bcount = k;
            if (k) {
              for (let j = 0; j < k; j++) a[dest + j] = a[pb + j] as number;
              dest += k;
              pb += k;
              nb -= k;
              if (nb === 0) break merge;
            }
            a[dest++] = tmp[ia++] as number;
            if (--na === 1) {
              copyB = true;
              break merge;
            }
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          ++minGallop;
          this.minGallop = minGallop;
        }
      }
    } finally {
      // Success or a raising `<`: what is left of A goes back, so the array stays a permutation.
      if (copyB) {
        for (let j = 0; j < nb; j++) a[dest + j] = a[pb + j] as number;
        a[dest + nb] = tmp[ia] as number;
      } else for (let j = 0; j < na; j++) a[dest + j] = tmp[ia + j] as number;
    }
  }

  /** As mergeLo, right to left, B copied aside (na > nb). */
  private mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const a = this.a, lt = this.lt;
    const tmp = a.slice(pb, pb + nb);
    const basea = pa;
    let dest = pb + nb - 1, ia = pa + na - 1, ib = nb - 1, copyA = false;
    a[dest--] = a[ia--] as number;
    --na;
    try {
      merge: {
        if (na === 0) break merge;
        if (nb === 1) {
          copyA = true;
          break merge;
        }
        let minGallop = this.minGallop;
        for (;;) {
          let acount = 0, bcount = 0;
          for (;;) {
            if (lt(tmp[ib] as number, a[ia] as number)) {
              a[dest--] = a[ia--] as number;
              ++acount;
              bcount = 0;
              if (--na === 0) break merge;
              if (acount >= minGallop) break;
            } else {
              a[dest--] = tmp[ib--] as number;
              ++bcount;
              acount = 0;
              if (--nb === 1) {
                copyA = true;
                break merge;
              }
              if (bcount >= minGallop) break;
            }
          }
          ++minGallop;
          do {
            minGallop -= minGallop > 1 ? 1 : 0;
            this.minGallop = minGallop;
            let k = na - gallopRight(tmp[ib] as number, a, basea, na, na - 1, lt);
            acount = k;
            if (k) {
              dest -= k;
              ia -= k;
              for (let j = k; j >= 1; j--) a[dest + j] = a[ia + j] as number;
              na -= k;
              if (na === 0) break merge;
            }
            a[dest--] = tmp[ib--] as number;
            if (--nb === 1) {
              copyA = true;
              break merge;
            }
            k = nb - gallopLeft(a[ia] as number, tmp, 0, nb, nb - 1, lt);
            bcount = k;
            if (k) {
              dest -= k;
              ib -= k;
              for (let j = 1; j <= k; j++) a[dest + j] = tmp[ib + j] as number;
              nb -= k;
              if (nb === 1) {
                copyA = true;
                break merge;
              }
              if (nb === 0) break merge;
            }
            a[dest--] = a[ia--] as number;
            if (--na === 0) break merge;
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          ++minGallop;
          this.minGallop = minGallop;
        }
      }
    } finally {
      if (copyA) {
        for (let j = 0; j > -na; j--) a[dest + j] = a[ia + j] as number;
        a[dest - na] = tmp[ib] as number;
      } else for (let j = 0; j < nb; j++) a[dest - (nb - 1) + j] = tmp[j] as number;
    }
  }
}

/** Sorts `a` in place by `lt`, stable; if `lt` throws, `a` is left as CPython's list.sort leaves its list. */
export function timsort(a: number[], lt: Less): void {
  const n = a.length;
  if (n < 2) return;
  const ms = new MergeState(a, lt);
  const minrun = minrunFor(n);
  let lo = 0, left = n;
  do {
    let run = countRun(a, lo, lo + left, lt);
    if (run < 0) {
      run = -run;
      reverseRange(a, lo, lo + run);
    }
    if (run < minrun) {
      const force = left <= minrun ? left : minrun;
      binarysort(a, lo, lo + force, lo + run, lt);
      run = force;
    }
    ms.foundNewRun(run);
    ms.pending.push({ base: lo, len: run, power: 0 });
    lo += run;
    left -= run;
  } while (left);
  ms.forceCollapse();
}

export function reverseRange(a: number[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  }
}
