import { describe, expect, it } from 'vitest';
import { ProcessLines } from './process-lines';

function collect(): { out: [number, string][]; lines: ProcessLines } {
  const out: [number, string][] = [];
  return { out, lines: new ProcessLines((fd, text) => out.push([fd, text])) };
}

describe('ProcessLines: each process line-buffered, as its own sys.stdout', () => {
  it('keeps a partial line until its newline, passing on whole lines only', () => {
    const { out, lines } = collect();
    lines.write(1, 1, 'A0 ');
    lines.write(2, 1, 'B0 ');
    lines.write(1, 1, 'A1\nA2 ');
    lines.write(2, 1, 'B1\n');
    expect(out).toEqual([[1, 'A0 A1\n'], [1, 'B0 B1\n']]);
  });

  it('a flush (print(flush=True), sys.stdout.flush(), input()) passes on the partial line of that stream only', () => {
    const { out, lines } = collect();
    lines.write(0, 1, 'x');
    lines.write(0, 2, 'err');
    lines.write(0, 1, '', true);
    expect(out).toEqual([[1, 'x']]);
    lines.write(0, 1, 'y\n');
    expect(out).toEqual([[1, 'x'], [1, 'y\n']]);
  });

  it('a process that ends passes on what is left of its stdout and stderr; the run end passes on every process’s, by process', () => {
    const { out, lines } = collect();
    lines.write(3, 1, 'c-tail');
    lines.write(1, 2, 'a-err');
    lines.write(2, 1, 'b-tail');
    lines.flushProc(2);
    expect(out).toEqual([[1, 'b-tail']]);
    lines.flushAll();
    expect(out).toEqual([[1, 'b-tail'], [2, 'a-err'], [1, 'c-tail']]);
    lines.flushAll();
    expect(out).toHaveLength(3);
  });
});
