/**
 * Worker mode, two processes printing pieces with end='' in parallel: every
 * line on the run's one stdout is one process's, as when each CPython
 * process's line-buffered sys.stdout (a terminal) passes on whole lines; a
 * process's last partial line goes out at its exit, before the parent's
 * print after join(). CPython 3.12 on a terminal (`script -qc`, without
 * PYTHONUNBUFFERED) prints the same shape: `A0 A1 A2 |` lines, `A-tailB0 B1 B2 |`.
 */
import { describe, expect, it } from 'vitest';
import { guardedRun } from './guarded-run.node';

const SOURCE = `import multiprocessing as mp, time

def work(tag):
    for i in range(4):
        for part in range(3):
            print(f'{tag}{part}', end=' ')
            time.sleep(0.01)
        print('|')
    print(f'{tag}-tail', end='')

if __name__ == '__main__':
    ps = [mp.Process(target=work, args=(t,)) for t in 'AB']
    for p in ps: p.start()
    for p in ps: p.join()
    print('|')
    print('x', end='', flush=True)
    print('y')
`;

describe('worker mode: each process’s partial line waits for its newline', () => {
  it('print(..., end="") pieces of two processes never share a line; tails at exit, before the parent’s print', async () => {
    const r = await guardedRun({ source: SOURCE, path: 'pieces.py' }, 90_000);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.pop()).toBe('xy');
    // A process's tail has no newline: the next process's line (or the parent's '|') goes on after it.
    const tails = lines.join('\n').match(/[AB]-tail/g) ?? [];
    expect(tails.sort()).toEqual(['A-tail', 'B-tail']);
    const body = lines.map((l) => l.replace(/[AB]-tail/g, ''));
    expect(body.pop()).toBe('|');
    const byTag = { A: 0, B: 0 };
    for (const l of body) {
      expect(l).toMatch(/^(A0 A1 A2|B0 B1 B2) \|$/);
      byTag[l[0] as 'A' | 'B']++;
    }
    expect(byTag).toEqual({ A: 4, B: 4 });
  }, 120_000);
});
