import type { Ticker } from '../engine/driver';

/**
 * The page's one animation-frame owner. The run driver and the timeline each
 * ask for "the next frame" here, so a frame runs every job once, in one
 * callback, instead of each part keeping its own requestAnimationFrame loop
 * (two loops drew the timeline before the driver had drained the frame's
 * events, a frame late). While the page is hidden, browsers stop animation
 * frames: a slower timer takes over, since a run must still drain its rings
 * and notice a deadlock there.
 */
type Job = (now: number) => void;

let jobs: Job[] = [];
let spare: Job[] = [];
let raf = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function hidden(): boolean {
  return typeof document !== 'undefined' && document.hidden;
}

function runFrame(now: number): void {
  raf = 0;
  timer = undefined;
  // Swap lists, so a job that asks for the next frame lands in the next one.
  const due = jobs;
  jobs = spare;
  spare = due;
  for (let i = 0; i < due.length; i++) {
    const job = due[i];
    if (job) job(now);
  }
  due.length = 0;
}

function ensureScheduled(): void {
  if (raf !== 0 || timer !== undefined) return;
  if (hidden() || typeof requestAnimationFrame === 'undefined') timer = setTimeout(() => runFrame(Date.now()), 100);
  else raf = requestAnimationFrame(runFrame);
}

/** Runs `job` once on the next frame; the returned function cancels it. */
export function onNextFrame(job: Job): () => void {
  jobs.push(job);
  ensureScheduled();
  return () => {
    const i = jobs.indexOf(job);
    if (i >= 0) jobs.splice(i, 1);
  };
}

/** The run driver's ticker: the same frames as everything else on the page. */
export const frameTicker: Ticker = (fn) => onNextFrame(() => fn());
