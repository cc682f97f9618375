import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../python/vm/run';
import { libLoader } from '../python/vm/conformance-runner.node';
import type { VmEvent } from '../python/vm/events';
import { vmChromeTrace } from './vm-chrome-trace';
import type { ChromeTrace } from './chrome-trace';

// Two sellers under one lock, three tickets: every sale and the last look at 0 take the lock once.
const SELLERS = `import threading, time
lock = threading.Lock()
ticket = 3
def sell():
    global ticket
    while True:
        with lock:
            if ticket > 0:
                time.sleep(0.1)
                ticket -= 1
                print(threading.current_thread().name, 'sold', ticket)
            else:
                break
ts = [threading.Thread(target=sell) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
`;

function check(trace: ChromeTrace, stdout: string): void {
  const ev = trace.traceEvents;
  expect(ev.filter((e) => e.name === 'thread_name').map((e) => e.args?.name)).toEqual(['MainThread', 'Thread-1 (sell)', 'Thread-2 (sell)']);
  expect(ev.filter((e) => e.cat === 'print').map((e) => e.name)).toEqual(stdout.trimEnd().split('\n'));
  // 3 sales + each seller's look at ticket == 0.
  expect(ev.filter((e) => e.cat === 'lock' && e.ph === 'b')).toHaveLength(5);
  for (const x of ev.filter((e) => e.ph === 'X')) expect(x.dur).toBeGreaterThanOrEqual(0);
  const starts = new Set(ev.filter((e) => e.ph === 's').map((e) => e.id));
  const ends = ev.filter((e) => e.ph === 'f').map((e) => e.id);
  expect(ends.length).toBeGreaterThan(0);
  for (const id of ends) expect(starts.has(id)).toBe(true);
  // ticket's value track ends at 0.
  const ticket = ev.filter((e) => e.cat === 'global' && e.name === 'ticket');
  expect(ticket[ticket.length - 1]?.args?.value).toBe(0);
}

describe('a VM run as Chrome trace JSON (npm run py -- --trace=OUT.json)', () => {
  it('has one track per Python thread, its prints, lock holds, flows and the ticket counter', () => {
    const events: VmEvent[] = [];
    const r = runProgram({ source: SELLERS, path: '/tmp/sellers.py', lib: libLoader(), events: { emit: (e) => void events.push(e) } });
    expect(r.status).toBe(0);
    check(vmChromeTrace(events, '/tmp/sellers.py'), r.stdout);
  });

  it('the command line writes it to the file named, and still prints the program\'s output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'py-trace-'));
    const prog = join(dir, 'sellers.py');
    const out = join(dir, 'trace.json');
    writeFileSync(prog, SELLERS);
    const stdout = execFileSync('npx', ['tsx', 'scripts/py.ts', '--single-worker', `--trace=${out}`, prog], { encoding: 'utf8' });
    expect(stdout.trimEnd().split('\n')).toHaveLength(3);
    check(JSON.parse(readFileSync(out, 'utf8')) as ChromeTrace, stdout);
  }, 60_000);
});
