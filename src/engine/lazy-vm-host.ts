/**
 * A VmHost whose code loads on first use, so a host only some URLs ask for
 * (vm=workers) costs the page's first JavaScript nothing.
 */
import type { VmHost, VmRun } from './python-vm-host';
import { WorkerTerminated } from './spawner';

export function lazyVmHost(load: () => Promise<VmHost>): VmHost {
  return {
    prewarm() {
      load().then((h) => h.prewarm?.(), () => {});
    },
    start(req, onEvents): VmRun {
      let inner: VmRun | null = null;
      let dead = false;
      const result = load().then((h) => {
        if (dead) throw new WorkerTerminated();
        inner = h.start(req, onEvents);
        return inner.result;
      });
      result.catch(() => {});
      return {
        result,
        terminate() {
          dead = true;
          inner?.terminate();
        },
      };
    },
  };
}
