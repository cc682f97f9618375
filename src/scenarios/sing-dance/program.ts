/** `sing` and `dance` from the tutorial: each loops, sleeps, prints. Runs on both runtimes. */
import type { PyApi } from '../../runtime/py-api';
import type { AsyncThreadTarget, ParamValues } from '../types';
import { SING_DANCE_LINES } from './lines';

async function loop(py: PyApi, params: ParamValues, word: 'sing' | 'dance'): Promise<void> {
  const L = SING_DANCE_LINES[word];
  const n = Number(params.iterations);
  const pause = Number(params.sleep);
  for (let i = 0; i < n; i++) {
    await py.line(L.loop);
    await py.sleep(pause, L.sleep);
    await py.print(word, L.print);
  }
}

export const sing: AsyncThreadTarget = (py, params) => loop(py, params, 'sing');
export const dance: AsyncThreadTarget = (py, params) => loop(py, params, 'dance');
