/**
 * Which host runs a VM program (`vm=` in the URL): `one` — every thread on one
 * Web Worker (the VM's single-worker mode, the default) — or `workers` — one
 * Web Worker per Python thread on shared memory. Worker mode does not yet
 * run everything, so a run that needs what it lacks falls back to one worker,
 * and the badge names why. Pure logic: no DOM.
 */
export const VM_MODES = ['one', 'workers'] as const;
export type VmMode = (typeof VM_MODES)[number];

/** Why a run asked for worker mode runs on one worker anyway. */
export type VmFallback =
  /** os.fork, or a multiprocessing submodule our library lacks: not in worker mode. */
  | 'processes'
  /** No SharedArrayBuffer (the page is not cross-origin isolated). */
  | 'isolation'
  /** Worker mode failed to start this program. */
  | 'start';

export interface VmChoice {
  mode: VmMode;
  /** Set when `workers` was asked for and the run is on one worker. */
  fallback: VmFallback | null;
}

/**
 * `vm=workers|one` (case and spaces do not matter); anything else, or none, is
 * `fallback` (the build's default: `one` unless the build says otherwise).
 */
export function parseVmMode(raw: string | null, fallback: VmMode = 'one'): VmMode {
  const v = (raw ?? '').trim().toLowerCase();
  return v === 'workers' || v === 'one' ? v : fallback;
}

export interface VmNeeds {
  source: string;
  /** SharedArrayBuffer exists here. */
  shared: boolean;
}

// Comments and strings could name these too; a false match only costs the run its worker mode.
const PROCESSES_UNBUILT = /\bos\.fork\b/;
/** multiprocessing's submodules our library has, all of which run on workers (src/python/vm/WORKER-MODE.md). */
const MP_SUBMODULES = new Set(['pool', 'queues', 'synchronize', 'sharedctypes', 'connection', 'process', 'context', 'managers']);

/**
 * The program uses a part of multiprocessing worker mode does not run yet:
 * `os.fork` (the raw call; multiprocessing's fork, pools, queues, pipes, locks,
 * events, shared values, managers, terminate/kill and daemons all run on workers),
 * or a submodule our library does not have (`multiprocessing.shared_memory`, `dummy`).
 */
export function needsUnbuiltProcesses(src: string): boolean {
  if (PROCESSES_UNBUILT.test(src)) return true;
  for (const m of src.matchAll(/^[ \t]*(?:from\s+multiprocessing\.(\w+)\s+import|import\s+multiprocessing\.(\w+))/gm)) if (!MP_SUBMODULES.has(m[1] ?? m[2] ?? '')) return true;
  return false;
}

export function chooseVmMode(wanted: VmMode, n: VmNeeds): VmChoice {
  if (wanted === 'one') return { mode: 'one', fallback: null };
  const fallback: VmFallback | null = !n.shared
    ? 'isolation'
    : needsUnbuiltProcesses(n.source)
      ? 'processes'
      : null;
  return fallback ? { mode: 'one', fallback } : { mode: 'workers', fallback: null };
}
