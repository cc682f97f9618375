/**
 * `produce` and `customer` from the tutorial's bakery, mirrored line by line.
 * The consumer's `q.get()` really blocks (Atomics.wait in the worker) while
 * the queue is empty, and a bounded queue really blocks the producer.
 */
import type { ThreadTarget } from '../types';
import { BAKERY_LINES, BAKERY_QUEUE, consumerShare, producerRange, roleIndex } from './lines';

const L = BAKERY_LINES;

export const produce: ThreadTarget = (py, params) => {
  const count = Number(params.count);
  const { first, step } = producerRange(roleIndex(py.name), Number(params.producers));
  for (let i = first; i < count; i += step) {
    py.line(L.produce.loop);
    py.sleep(Number(params.produce), L.produce.sleep);
    // print('生产了面包 ', i): print puts a space between its arguments.
    py.print(`生产了面包  ${i}`, L.produce.print);
    py.put(BAKERY_QUEUE, `break${i}`, L.produce.put);
  }
};

export const customer: ThreadTarget = (py, params) => {
  const n = consumerShare(roleIndex(py.name), Number(params.consumers), Number(params.count));
  for (let i = 0; i < n; i++) {
    py.line(L.customer.loop);
    py.sleep(Number(params.consume), L.customer.sleep);
    // The f-string calls q.get() first: the thread blocks here, then prints.
    const bread = py.get(BAKERY_QUEUE, L.customer.get);
    py.print(`买到了面包 ${bread}`, L.customer.get);
  }
};
