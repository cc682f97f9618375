/**
 * A test-only workload for the mirror runtimes (shared memory, message
 * passing): each thread sleeps and prints its name, `iterations` times. The
 * lessons run their own Python on the VM; the runtimes' own tests (a full
 * event ring, pause, virtual time) still need a program written against PyApi.
 */
import type { AsyncThreadTarget } from '../types';

export const sleep_print: AsyncThreadTarget = async (py, params) => {
  const n = Number(params.iterations);
  for (let i = 0; i < n; i++) {
    await py.line(2);
    await py.sleep(Number(params.sleep), 3);
    await py.print(py.name, 4);
  }
};
