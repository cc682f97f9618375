/**
 * Which challenges the student solved, kept in the browser's local storage
 * with the winning schedule. What is stored may be anything (an old version,
 * a hand edit, another app on the origin, storage that throws in a sandboxed
 * iframe): whatever does not read as { id: schedule } of known challenges is
 * ignored, never a crash.
 */
export const PROGRESS_KEY = 'concurrency-lab:challenges:v1';

/** The part of Storage used here, so tests can hand in a fake. */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type Progress = Record<string, string>;

const SCHEDULE = /^[0-9a-z]{1,20000}$/;

function storage(): ProgressStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Reading localStorage itself throws where storage is blocked.
    return null;
  }
}

export function loadProgress(known: readonly string[], store: ProgressStorage | null = storage()): Progress {
  let raw: string | null;
  try {
    raw = store?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return {};
  }
  if (raw === null) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const out: Progress = {};
  for (const [id, v] of Object.entries(data)) if (known.includes(id) && typeof v === 'string' && SCHEDULE.test(v)) out[id] = v;
  return out;
}

/** Records a solved challenge; returns the progress now (unchanged when the write fails). */
export function saveSolved(id: string, schedule: string, known: readonly string[], store: ProgressStorage | null = storage()): Progress {
  const next = { ...loadProgress(known, store), [id]: schedule };
  try {
    store?.setItem(PROGRESS_KEY, JSON.stringify(next));
  } catch {
    // Full or blocked storage: solved for this visit only.
  }
  return next;
}
