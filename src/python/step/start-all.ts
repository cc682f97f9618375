import type { StepSession } from './session';
import type { ThreadView } from './state';

/**
 * Runs the main thread until it waits in join(); each new thread takes only the
 * one step that lets start() return. For tests and tools that want every thread
 * started before the interesting part of a schedule.
 */
export function startAll(s: Pick<StepSession, 'thread' | 'movableLanes' | 'step' | 'lanes'>): void {
  for (let i = 0; i < 1000; i++) {
    const main = s.thread(0) as ThreadView;
    if (main.status === 'blocked' && (main.waiting ?? '').startsWith('join')) return;
    if (s.movableLanes().includes(0)) s.step(0);
    else s.step(s.lanes.length - 1);
  }
  throw new Error('main never reached join()');
}
