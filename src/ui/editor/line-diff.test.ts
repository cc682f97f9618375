import { describe, expect, it } from 'vitest';
import { diffCounts, hunks, lineDiff, splitLines } from './line-diff';

/** Length of the longest common subsequence by the textbook table: the diff must keep exactly this many lines. */
function lcs(a: string[], b: string[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t[a.length]![b.length]!;
}

function render(before: string, after: string): string[] {
  return lineDiff(before, after).map((l) => `${l.kind === 'same' ? ' ' : l.kind === 'add' ? '+' : '-'}${l.text}`);
}

describe('lineDiff', () => {
  it('shows an added release() before the print, as the ticket lesson fix is', () => {
    const lesson = 'lock.acquire()\nif ticket > 0:\n    ticket -= 1\nelse:\n    print("no ticket!")\n    break\n';
    const edited = 'lock.acquire()\nif ticket > 0:\n    ticket -= 1\nelse:\n    lock.release()\n    print("no ticket!")\n    break\n';
    expect(render(lesson, edited)).toEqual([' lock.acquire()', ' if ticket > 0:', '     ticket -= 1', ' else:', '+    lock.release()', '     print("no ticket!")', '     break']);
    expect(diffCounts(lineDiff(lesson, edited))).toEqual({ added: 1, removed: 0 });
  });

  it('shows a changed line as a deletion then an addition, with both line numbers', () => {
    const d = lineDiff('a\nb\nc', 'a\nB\nc');
    expect(d).toEqual([
      { kind: 'same', text: 'a', oldLine: 1, newLine: 1 },
      { kind: 'del', text: 'b', oldLine: 2 },
      { kind: 'add', text: 'B', newLine: 2 },
      { kind: 'same', text: 'c', oldLine: 3, newLine: 3 },
    ]);
  });

  it('handles empty texts on either side', () => {
    expect(lineDiff('', '')).toEqual([]);
    expect(render('', 'x\ny')).toEqual(['+x', '+y']);
    expect(render('x\ny\n', '')).toEqual(['-x', '-y']);
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b']);
  });

  it('is minimal and rebuilds both texts, on random edits', () => {
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: rand(12) }, () => 'abcd'[rand(4)] as string);
      const b = Array.from({ length: rand(12) }, () => 'abcd'[rand(4)] as string);
      const d = lineDiff(a.join('\n'), b.join('\n'));
      expect(d.filter((l) => l.kind !== 'add').map((l) => l.text)).toEqual(a);
      expect(d.filter((l) => l.kind !== 'del').map((l) => l.text)).toEqual(b);
      expect(d.filter((l) => l.kind === 'same').length).toBe(lcs(a, b));
    }
  });
});

describe('hunks', () => {
  it('keeps one line of context and merges changes that are close', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.replace('line 3\n', 'line three\n').replace('line 5\n', '').replace('line 15', 'line fifteen');
    const hs = hunks(lineDiff(before, after));
    expect(hs.map((h) => h.lines.map((l) => `${l.kind[0]}${l.text}`))).toEqual([
      ['sline 2', 'dline 3', 'aline three', 'sline 4', 'dline 5', 'sline 6'],
      ['sline 14', 'dline 15', 'aline fifteen', 'sline 16'],
    ]);
    expect(hunks(lineDiff(before, before))).toEqual([]);
  });
});
