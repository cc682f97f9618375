/** The queue view as each queue scenario wires it: which lines put and get, what kind of queue. */
import { PQ_LINES } from '../../scenarios/process-queue/source';
import { QueueView } from './QueueView';

export function BakeryQueueView() {
  return <QueueView config={{ queue: 0, ctor: 'queue.Queue', kind: 'thread' }} />;
}

export function ProcessQueueView() {
  return <QueueView config={{ queue: 0, putLine: PQ_LINES.put, ctor: 'multiprocessing.Queue', kind: 'process' }} />;
}
