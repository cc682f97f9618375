/**
 * "Run → first Python line": from asking for a run to the first event the VM
 * reports from a line of the script (worker start, library load, compile,
 * first bytecodes), for the custom scenario's starter program. Node
 * worker_threads stand in for the page's Web Worker; a worker's first start
 * also transpiles the VM with tsx, which a built page does not do, so the
 * warm figure is the page's nearer estimate (the e2e run prints Chromium's).
 */
import { readFileSync } from 'node:fs';
import { tsWorker } from '../src/engine/ts-worker.node.js';
import { realNowMs } from '../src/runtime/clock';
import { runProgram } from '../src/python/vm/run';
import { libLoader } from '../src/python/vm/conformance-runner.node.js';
import type { VmEvent } from '../src/python/vm/events';

const entry = new URL('../src/workers/python-vm.node.ts', import.meta.url);
const starter = readFileSync(new URL('../src/scenarios/custom/starter.py', import.meta.url), 'utf8');

export interface FirstLine {
  /** ms, first worker of the process (tsx transpiles the VM too). */
  cold: number;
  /** ms, median of later workers. */
  warm: number;
  /** ms, in this thread without a worker: library load + compile + first line. */
  inProcess: number;
  /** The starter's output was what it prints (6 sales and the last line). */
  ok: boolean;
}

const hasLine = (batch: VmEvent[]): boolean => batch.some((e) => 'line' in e && e.line > 0);

function oneWorker(): Promise<{ ms: number; lines: string[] }> {
  const t0 = realNowMs();
  const w = tsWorker(entry, { source: starter, path: 'main.py', speed: Infinity });
  let first = -1;
  const out: string[] = [];
  return new Promise((resolve, reject) => {
    w.on('message', (m: { kind: 'events'; batch: VmEvent[] } | { kind: 'result' }) => {
      if (m.kind === 'events') {
        if (first < 0 && hasLine(m.batch)) first = realNowMs() - t0;
        for (const e of m.batch) if (e.kind === 'write' && e.fd === 1) out.push(e.text);
      } else {
        void w.terminate();
        resolve({ ms: first, lines: out.join('').split('\n').filter((l) => l !== '') });
      }
    });
    w.once('error', reject);
  });
}

export async function benchFirstLine(): Promise<FirstLine> {
  const cold = await oneWorker();
  const warms: number[] = [];
  for (let i = 0; i < 3; i++) warms.push((await oneWorker()).ms);
  warms.sort((a, b) => a - b);
  const t0 = realNowMs();
  let inProcess = -1;
  runProgram({
    source: starter,
    path: 'main.py',
    lib: libLoader(),
    events: {
      emit(e) {
        if (inProcess < 0 && 'line' in e && e.line > 0) inProcess = realNowMs() - t0;
      },
    },
  });
  const ok = cold.lines.filter((l) => l.includes('sold one')).length === 6 && cold.lines.at(-1) === 'sold out, ticket = 0';
  return { cold: cold.ms, warm: warms[1] ?? -1, inProcess, ok };
}

export function printFirstLine(r: FirstLine): void {
  console.log(`  first worker (tsx transpiles the VM):   ${r.cold.toFixed(0)} ms`);
  console.log(`  later workers, median of 3:             ${r.warm.toFixed(0)} ms`);
  console.log(`  in this thread, no worker:              ${r.inProcess.toFixed(0)} ms   (the issue's target: 300 ms on this machine)`);
}
