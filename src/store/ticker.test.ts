import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameTicker, onNextFrame } from './ticker';

describe('the page frame owner', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs every job asked for in one frame callback, once, and a job asked for meanwhile in the next', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const ran: string[] = [];
    onNextFrame(() => ran.push('timeline'));
    frameTicker(() => {
      ran.push('driver');
      onNextFrame(() => ran.push('again'));
    });
    const cancelled = onNextFrame(() => ran.push('cancelled'));
    cancelled();
    expect(frames).toHaveLength(1);
    frames.shift()?.(16);
    expect(ran).toEqual(['timeline', 'driver']);
    expect(frames).toHaveLength(1);
    frames.shift()?.(32);
    expect(ran).toEqual(['timeline', 'driver', 'again']);
    expect(frames).toHaveLength(0);
  });
});
