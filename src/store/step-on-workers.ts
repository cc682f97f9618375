/**
 * Whether step mode runs a program on real workers (worker-remote.ts): the
 * lab asked for worker mode (`vm=workers`, lab-store's wantedVmMode, the one
 * reader of that parameter), the page has shared memory, and the worker
 * stepper can run the program (`chooseVmMode`: not a raw `os.fork` or a
 * multiprocessing submodule our library lacks; and not `input()`, which live
 * worker mode reads but the worker stepper has no console for). Processes are
 * stepped on workers too: every thread of every process is a lane, as on the
 * one-worker stepper. Pure, so the rule is testable without a page.
 */
import { chooseVmMode, type VmMode } from '../engine/vm-mode';

// Live worker mode reads typed lines (input(), code.interact); the worker stepper has no console to type them at.
const INPUT = /\binput\s*\(|\bcode\.interact\b|\binteract\s*\(/;

export function stepOnWorkers(wanted: VmMode, shared: boolean, source: string): boolean {
  if (wanted !== 'workers' || !shared || INPUT.test(source)) return false;
  // The work clock and the GIL view only matter to live runs: a stepped run has neither.
  return chooseVmMode('workers', { source, shared: true }).fallback === null;
}
