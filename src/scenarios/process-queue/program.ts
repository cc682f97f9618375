/**
 * `produce` and `consumer` from the tutorial's process queue, each in its own
 * simulated process (own pid, own globals). An item crosses the boundary as a
 * copy: multiprocessing.Queue pickles it in the producer and unpickles a new
 * object in the consumer. The pseudo ids recorded here make that visible.
 * Every call is awaited, so it runs on both runtimes (see AsyncThreadTarget).
 */
import type { AsyncThreadTarget } from '../types';
import { ID_GET, ID_PUT, PQ_LINES, PQ_QUEUE, pseudoId } from './lines';

const L = PQ_LINES;

export const produce: AsyncThreadTarget = async (py, params) => {
  const count = Number(params.count);
  for (let i = 0; i < count; i++) {
    await py.line(L.produce.loop);
    await py.sleep(Number(params.produce), L.produce.sleep);
    await py.print(`生产了++++++++++pid ${py.pid}  ${i}`, L.produce.print);
    const item = `pid ${py.pid} ${i}`;
    // The f-string builds a new str object in this process's heap.
    await py.mark(`${ID_PUT}${item}`, pseudoId(py.pid, i), L.produce.put);
    await py.put(PQ_QUEUE, item, L.produce.put);
  }
};

export const consumer: AsyncThreadTarget = async (py, params) => {
  const count = Number(params.count);
  for (let i = 0; i < count; i++) {
    await py.line(L.consumer.loop);
    await py.sleep(Number(params.consume), L.consumer.sleep);
    const item = await py.get(PQ_QUEUE, L.consumer.get);
    // get() unpickles the bytes into a fresh object in this process: equal value, new id.
    await py.mark(`${ID_GET}${String(item)}`, pseudoId(py.pid, i), L.consumer.get);
    await py.print(`消费了---------- ${String(item)}`, L.consumer.get);
  }
};
