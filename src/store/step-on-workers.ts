/**
 * Whether step mode runs a program on real workers (worker-remote.ts): the
 * lab asked for worker mode (`vm=workers`, lab-store's wantedVmMode, the one
 * reader of that parameter), the page has shared memory, and the program has
 * nothing the worker stepper cannot run yet (processes, input). Pure, so the rule is
 * testable without a page.
 */
import { chooseVmMode, type VmMode } from '../engine/vm-mode';

// Live worker mode runs Process and Queue now, but the worker stepper steps one process's threads only.
const PROCESSES = /\b(?:multiprocessing|ProcessPoolExecutor|os\.fork)\b/;
// Live worker mode reads typed lines (input(), code.interact); the worker stepper has no console to type them at.
const INPUT = /\binput\s*\(|\bcode\.interact\b|\binteract\s*\(/;

export function stepOnWorkers(wanted: VmMode, shared: boolean, source: string): boolean {
  if (wanted !== 'workers' || !shared || PROCESSES.test(source) || INPUT.test(source)) return false;
  // The work clock and the GIL view only matter to live runs: a stepped run has neither.
  return chooseVmMode('workers', { source, shared: true }).fallback === null;
}
