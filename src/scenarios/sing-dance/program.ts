/** `sing` and `dance` from the tutorial: each loops, sleeps, prints. */
import type { PyThread } from '../../runtime/thread-context';
import type { ParamValues, ThreadTarget } from '../types';
import { SING_DANCE_LINES } from './lines';

function loop(py: PyThread, params: ParamValues, word: 'sing' | 'dance'): void {
  const L = SING_DANCE_LINES[word];
  const n = Number(params.iterations);
  const pause = Number(params.sleep);
  for (let i = 0; i < n; i++) {
    py.line(L.loop);
    py.sleep(pause, L.sleep);
    py.print(word, L.print);
  }
}

export const sing: ThreadTarget = (py, params) => loop(py, params, 'sing');
export const dance: ThreadTarget = (py, params) => loop(py, params, 'dance');
