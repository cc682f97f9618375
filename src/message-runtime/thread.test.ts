/** The worker side: replies become values, Python exceptions and stops; a missing await is caught. */
import { describe, expect, it } from 'vitest';
import { PyException, RunStopped } from '../runtime/errors';
import type { FromWorker, Reply } from './protocol';
import { MessagePyThread, WorkerLink } from './thread';

function thread() {
  const sent: FromWorker[] = [];
  const link = new WorkerLink((m) => sent.push(m));
  const py = new MessagePyThread({ worker: 0, name: 'Thread-1 (f)', pid: 1, scenario: 's', target: 'f', params: {} }, link);
  const answer = (reply: Reply) => {
    const last = sent[sent.length - 1];
    if (last?.t === 'call') link.receive({ t: 'reply', id: last.id, reply });
  };
  return { py, sent, answer, link };
}

describe('MessagePyThread', () => {
  it('sends one call and resolves with its reply', async () => {
    const { py, sent, answer } = thread();
    const v = py.getGlobal('ticket', 12);
    expect(sent).toEqual([{ t: 'call', id: 1, call: { op: 'getGlobal', name: 'ticket', line: 12 } }]);
    answer({ ok: true, value: 7 });
    await expect(v).resolves.toBe(7);
  });

  it('rethrows a Python exception with its type and line', async () => {
    const { py, answer } = thread();
    const r = py.release('lock', 21);
    answer({ ok: false, error: { pyType: 'RuntimeError', pyMessage: 'release unlocked lock', line: 21 } });
    const e = await r.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PyException);
    expect(e).toMatchObject({ pyType: 'RuntimeError', line: 21, message: 'RuntimeError: release unlocked lock' });
  });

  it('turns "stopped" into RunStopped', async () => {
    const { py, answer } = thread();
    const r = py.sleep(1, 3);
    answer({ ok: false, stopped: true });
    await expect(r).rejects.toBeInstanceOf(RunStopped);
  });

  it('refuses a second call while one is outstanding: a program must await every call', () => {
    const { py } = thread();
    void py.line(1);
    expect(() => py.line(2)).toThrow(/py\.line\(\) was called before py\.line\(\) returned/);
  });

  it('ignores a reply that answers no outstanding call', async () => {
    const { py, link, answer } = thread();
    const v = py.qsize('q', 4);
    link.receive({ t: 'reply', id: 99, reply: { ok: true, value: 5 } });
    link.receive('garbage');
    answer({ ok: true, value: 2 });
    await expect(v).resolves.toBe(2);
  });
});
