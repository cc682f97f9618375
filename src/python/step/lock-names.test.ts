// Two threads' `self.lock` are two locks: the watch names each after its thread, so the student can tell
// them apart; a lock reached from a global, or the only one of its name, keeps its plain name.

import { describe, expect, it } from 'vitest';
import { nodeLib } from '../vm/lib-loader.node';
import { qualifiedNames } from './lock-names';
import { StepSession } from './session';
import { userLocks } from './user-locks';

const program = `import threading
go = threading.Event()
lock = threading.Lock()

class Worker(threading.Thread):
    def __init__(self, name):
        super().__init__(name=name)
        self.lock = threading.Lock()

    def run(self):
        with self.lock:
            go.wait()

for name in ('left', 'right'):
    Worker(name).start()  # no global keeps them: each lock is only its thread's self.lock
go.wait(1)
go.set()
`;
/** The same workers kept in a global list: their locks have names of their own, ws[0].lock and ws[1].lock. */
const kept = program.replace("for name in ('left', 'right'):\n    Worker(name).start()  # no global keeps them: each lock is only its thread's self.lock\n", "ws = [Worker('left'), Worker('right')]\nfor w in ws:\n    w.start()\n");

/** Steps the workers as far as they go, until both hold their own lock: each such lock's name and its holder's. */
function heldByWorkers(source: string): { held: [string, string][]; plainLocked: boolean | undefined } {
  const s = StepSession.create(source, { lib: nodeLib(), granularity: 'line', freeThreaded: false });
  for (let k = 0; k < 3000; k++) {
    const st = s.state();
    const locks = userLocks(st.locks);
    const held = locks.filter((l) => l.locked && l.name !== 'lock');
    if (held.length === 2) {
      const holder = (lane: number | null): string => (lane === null ? '' : (st.threads[lane]?.name ?? ''));
      return { held: held.map((l): [string, string] => [l.name, holder(l.holder)]).sort(), plainLocked: locks.find((l) => l.name === 'lock')?.locked };
    }
    const lanes = s.movableLanes();
    const next = lanes.find((l) => l !== 0) ?? lanes[0];
    if (next === undefined) break;
    s.step(next);
  }
  throw new Error('the workers never both held their locks');
}

describe('lock names in the watch', () => {
  it('qualifies only names two locks share, and only the locals among them', () => {
    expect(qualifiedNames([{ name: 'self.lock', thread: 'A' }, { name: 'self.lock', thread: 'B' }, { name: 'lock' }, { name: 'q.mutex', thread: 'A' }])).toEqual([
      'self.lock (A)',
      'self.lock (B)',
      'lock',
      'q.mutex',
    ]);
  });

  it("two threads inside `with self.lock:` show two locks, each named after and held by its own thread", () => {
    const r = heldByWorkers(program);
    expect(r.held).toEqual([
      ['self.lock (left)', 'left'],
      ['self.lock (right)', 'right'],
    ]);
    expect(r.plainLocked).toBe(false);
  });

  it("a Thread subclass kept in a global: its own attributes are the program's, named by their path", () => {
    expect(heldByWorkers(kept).held).toEqual([
      ['ws[0].lock', 'left'],
      ['ws[1].lock', 'right'],
    ]);
  });
});
