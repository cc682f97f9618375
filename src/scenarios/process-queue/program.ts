/**
 * `produce` and `consumer` from the tutorial's process queue, each in its own
 * simulated process (own pid, own globals). An item crosses the boundary as a
 * copy: multiprocessing.Queue pickles it in the producer and unpickles a new
 * object in the consumer. The pseudo ids recorded here make that visible.
 */
import type { ThreadTarget } from '../types';
import { ID_GET, ID_PUT, PQ_LINES, PQ_QUEUE, pseudoId } from './lines';

const L = PQ_LINES;

export const produce: ThreadTarget = (py, params) => {
  const count = Number(params.count);
  for (let i = 0; i < count; i++) {
    py.line(L.produce.loop);
    py.sleep(Number(params.produce), L.produce.sleep);
    py.print(`生产了++++++++++pid ${py.pid}  ${i}`, L.produce.print);
    const item = `pid ${py.pid} ${i}`;
    // The f-string builds a new str object in this process's heap.
    py.mark(`${ID_PUT}${item}`, pseudoId(py.pid, i), L.produce.put);
    py.put(PQ_QUEUE, item, L.produce.put);
  }
};

export const consumer: ThreadTarget = (py, params) => {
  const count = Number(params.count);
  for (let i = 0; i < count; i++) {
    py.line(L.consumer.loop);
    py.sleep(Number(params.consume), L.consumer.sleep);
    const item = py.get(PQ_QUEUE, L.consumer.get);
    // get() unpickles the bytes into a fresh object in this process: equal value, new id.
    py.mark(`${ID_GET}${String(item)}`, pseudoId(py.pid, i), L.consumer.get);
    py.print(`消费了---------- ${String(item)}`, L.consumer.get);
  }
};
