import type { Ticker } from '../engine/driver';

/**
 * Once a frame while the page is visible; a slower timer while it is hidden
 * (browsers stop animation frames in background tabs, and a run must still
 * drain its rings and notice a deadlock there).
 */
export const frameTicker: Ticker = (fn) => {
  if (typeof document !== 'undefined' && document.hidden) {
    const h = setTimeout(fn, 100);
    return () => clearTimeout(h);
  }
  const h = requestAnimationFrame(fn);
  return () => cancelAnimationFrame(h);
};
