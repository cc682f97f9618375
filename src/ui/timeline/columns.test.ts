import { describe, expect, it } from 'vitest';
import { ThreadState } from '../../runtime/events';
import type { Span } from '../../trace/model';
import { columnsOf, firstVisibleIn } from './columns';
import { mixHex } from './paint';

const span = (start: number, end: number, state: ThreadState = ThreadState.Running, line = 3): Span => ({ start, end, state, on: 0, line });

describe('span columns', () => {
  it('mirror the spans, follow appends and the closing of the open span', () => {
    const spans: Span[] = [span(0, 1), span(1, NaN, ThreadState.Sleeping, 7)];
    let c = columnsOf(spans);
    expect(c.n).toBe(2);
    expect(Number.isNaN(c.end[1])).toBe(true);
    expect(c.state[1]).toBe(ThreadState.Sleeping);
    const open = spans[1];
    if (open) open.end = 2.5;
    for (let i = 0; i < 200; i++) spans.push(span(2.5 + i, 3.5 + i));
    c = columnsOf(spans);
    expect(c.n).toBe(202);
    expect(c.end[1]).toBe(2.5);
    expect(c.line[1]).toBe(7);
    expect(c.start[201]).toBe(201.5);
  });

  it('find the first visible span by binary search', () => {
    const spans = [span(0, 1), span(1, 2), span(2, 3), span(3, 4)];
    const c = columnsOf(spans);
    expect(firstVisibleIn(c, 2.5)).toBe(2);
    expect(firstVisibleIn(c, -1)).toBe(0);
    expect(firstVisibleIn(c, 10)).toBe(3);
  });
});

describe('pre-blended fills', () => {
  it('mix a colour into the background as an opaque one', () => {
    expect(mixHex('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixHex('#0072B2', '#ffffff', 1)).toBe('#0072b2');
    expect(mixHex('#fff', '#000', 0)).toBe('#000000');
    expect(mixHex('rgb(1,2,3)', '#000', 0.5)).toBeNull();
  });
});
