/**
 * The page's control words (src/python/vm/run-control.ts) for a run on
 * workers: the python host reads what the page wrote and does it on the run's
 * PauseControl (src/python/vm/host/pause.ts), and once a pause or a step's
 * pause has settled (every thread stands, every event before it passed on) it
 * says so, as the one-worker World's hold does. It runs on the host worker's
 * event loop (Atomics.waitAsync), so neither the page nor a thread waits on it.
 */
import type { RunControl } from '../python/vm/run-control';
import type { PauseControl } from '../python/vm/host/pause';

/** How long the bridge sleeps between looks when the page writes nothing (it wakes at once on a write). */
const LOOK_MS = 500;

export function bridgeControl(ctl: RunControl, pc: PauseControl, onPaused: (t: number) => void, over: () => boolean): void {
  let seen = -1;
  let speed = ctl.speed;
  /** The page's command the bridge last carried out. */
  let acted = { paused: false, steps: 0 };
  /** Bumped by every command: a pause that settles after the page moved on says nothing. */
  let ticket = 0;

  const settle = async (epoch: number | undefined, step: boolean): Promise<void> => {
    const mine = ++ticket;
    const t = await pc.settled(epoch);
    if (t === null || mine !== ticket || over()) return;
    if (step) {
      // The page wrote nothing since: the step ran its events, the words say paused again (as noteEvent leaves them).
      if (ctl.generation !== seen) return;
      ctl.stepDone();
      acted = { paused: true, steps: 0 };
    }
    ctl.held = true;
    onPaused(t);
  };

  const apply = (): void => {
    if (ctl.speed !== speed) {
      speed = ctl.speed;
      pc.setSpeed(speed);
    }
    const now = { paused: ctl.paused, steps: ctl.steps };
    if (now.paused === acted.paused && now.steps === acted.steps) return;
    acted = now;
    if (now.paused) {
      void settle(pc.pause(), false);
      return;
    }
    ctl.held = false;
    if (now.steps > 0) {
      pc.step(now.steps);
      void settle(undefined, true);
    } else {
      ticket++;
      pc.resume();
    }
  };

  const loop = async (): Promise<void> => {
    while (!over()) {
      const g = ctl.generation;
      if (g !== seen) {
        seen = g;
        apply();
      }
      await ctl.changed(g, LOOK_MS);
    }
  };
  void loop();
}
