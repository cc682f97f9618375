/**
 * `produce` and `customer` from the tutorial's bakery, mirrored line by line.
 * The consumer's `q.get()` really blocks while the queue is empty (Atomics.wait
 * in the worker on shared memory, a reply not sent yet on the message
 * runtime), and a bounded queue really blocks the producer. Every call is
 * awaited, so it runs on both runtimes (see AsyncThreadTarget).
 */
import type { AsyncThreadTarget } from '../types';
import { BAKERY_LINES, BAKERY_QUEUE, consumerShare, producerRange, roleIndex } from './lines';

const L = BAKERY_LINES;

export const produce: AsyncThreadTarget = async (py, params) => {
  const count = Number(params.count);
  const { first, step } = producerRange(roleIndex(py.name), Number(params.producers));
  for (let i = first; i < count; i += step) {
    await py.line(L.produce.loop);
    await py.sleep(Number(params.produce), L.produce.sleep);
    // print('生产了面包 ', i): print puts a space between its arguments.
    await py.print(`生产了面包  ${i}`, L.produce.print);
    await py.put(BAKERY_QUEUE, `break${i}`, L.produce.put);
  }
};

export const customer: AsyncThreadTarget = async (py, params) => {
  const n = consumerShare(roleIndex(py.name), Number(params.consumers), Number(params.count));
  for (let i = 0; i < n; i++) {
    await py.line(L.customer.loop);
    await py.sleep(Number(params.consume), L.customer.sleep);
    // The f-string calls q.get() first: the thread blocks here, then prints.
    const bread = await py.get(BAKERY_QUEUE, L.customer.get);
    await py.print(`买到了面包 ${bread}`, L.customer.get);
  }
};
