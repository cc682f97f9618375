/**
 * The live run's watch panel (issue 12): the newest view VmRunner derived from
 * the VM's events (src/trace/live-watch.ts). A store of its own so lab-store
 * stays small and only the panel re-renders when it changes.
 */
import { create } from 'zustand';
import type { LiveWatchView } from '../trace/live-watch';

export interface LiveWatchStore {
  /** null: no VM run has reported yet (or the lab went idle). */
  view: LiveWatchView | null;
}

export const useLiveWatch = create<LiveWatchStore>(() => ({ view: null }));

export function setLiveWatch(view: LiveWatchView | null): void {
  useLiveWatch.setState({ view });
}
