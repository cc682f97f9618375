import { parseFlag } from '../flags';

/** `autoplay=1` starts the run once, on first load only (StrictMode mounts twice in dev). */
let consumed = false;

export function autoplayRequested(): boolean {
  if (consumed) return false;
  consumed = true;
  const v = new URLSearchParams(window.location.search).get('autoplay');
  return v !== null && parseFlag(v) === true;
}
