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
  /** multiprocessing beyond Process and Queue (pools, JoinableQueue, Pipe, locks, shared values), ProcessPoolExecutor, os.fork: not in worker mode yet. */
  | 'processes'
  /** input() or an interactive console: the mailbox is not wired to worker mode yet. */
  | 'input'
  /** The work clock or the GIL's holds (the gil lesson): worker mode runs on real time and sends no GIL events yet. */
  | 'clock'
  /** No SharedArrayBuffer (the page is not cross-origin isolated). */
  | 'isolation'
  /** Worker mode failed to start this program. */
  | 'start';

export interface VmChoice {
  mode: VmMode;
  /** Set when `workers` was asked for and the run is on one worker. */
  fallback: VmFallback | null;
}

/** `vm=workers|one` (case and spaces do not matter); anything else, or none, is `one`. */
export function parseVmMode(raw: string | null): VmMode {
  const v = (raw ?? '').trim().toLowerCase();
  return v === 'workers' ? 'workers' : 'one';
}

export interface VmNeeds {
  source: string;
  /** SharedArrayBuffer exists here. */
  shared: boolean;
  clock?: 'real' | 'work';
  showGil?: boolean;
  /** The scenario types lines into the program (a REPL, a console). */
  interactive?: boolean;
}

// Comments and strings could name these too; a false match only costs the run its worker mode.
const PROCESSES_UNBUILT = /\b(?:ProcessPoolExecutor|os\.fork)\b/;
/** What worker mode's multiprocessing has (src/python/vm/WORKER-MODE.md): Process, the functions that name processes, Queue and SimpleQueue. */
const MP_BUILT = new Set(['Process', 'current_process', 'parent_process', 'active_children', 'cpu_count', 'Queue', 'SimpleQueue']);

/** The program uses a part of multiprocessing worker mode does not run yet (any name but MP_BUILT, a submodule, `import *`). */
export function needsUnbuiltProcesses(src: string): boolean {
  if (PROCESSES_UNBUILT.test(src)) return true;
  if (!/\bmultiprocessing\b/.test(src)) return false;
  // Process.terminate()/kill() and daemon processes (terminated at the parent's exit) are not in worker mode yet; a daemon thread only costs a false match.
  if (/\.(?:terminate|kill)\s*\(|\bdaemon\s*=\s*True\b/.test(src)) return true;
  const names: string[] = [];
  for (const m of src.matchAll(/^[ \t]*from\s+multiprocessing(\.\w+)?\s+import\s+(?:\(([^)]*)\)|([^\n]*))/gm)) {
    if (m[1]) return true;
    names.push(...(m[2] ?? m[3] ?? '').split(',').map((n) => n.trim().split(/\s+/)[0] ?? '').filter((n) => n !== '' && !n.startsWith('#')));
  }
  const aliases = ['multiprocessing'];
  for (const m of src.matchAll(/\bimport\s+multiprocessing(?:\s+as\s+(\w+))?/g)) if (m[1]) aliases.push(m[1]);
  for (const a of aliases) for (const m of src.matchAll(new RegExp(`\\b${a}\\.(\\w+)`, 'g'))) names.push(m[1] ?? '');
  return names.some((n) => !MP_BUILT.has(n));
}
const INPUT = /\binput\s*\(|\bcode\.interact\b|\binteract\s*\(/;

export function chooseVmMode(wanted: VmMode, n: VmNeeds): VmChoice {
  if (wanted === 'one') return { mode: 'one', fallback: null };
  const fallback: VmFallback | null = !n.shared
    ? 'isolation'
    : needsUnbuiltProcesses(n.source)
      ? 'processes'
      : n.interactive === true || INPUT.test(n.source)
        ? 'input'
        : n.clock === 'work' || n.showGil === true
          ? 'clock'
          : null;
  return fallback ? { mode: 'one', fallback } : { mode: 'workers', fallback: null };
}
