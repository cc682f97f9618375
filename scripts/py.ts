// npm run --silent py -- [options] FILE.py: runs a program as `python3.12 FILE.py` would.
// (Self-contained: tsx cannot import *.node.ts files, so the Node lib loader is repeated here.)

import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../src/python/vm/run';
import type { LibLoader } from '../src/python/vm/process';
import type { VmEvent } from '../src/python/vm/events';
import { vmChromeTrace } from '../src/trace/vm-chrome-trace';
import { runWorkers } from '../src/python/vm/workers/run-workers';
import { nodeSpawn } from '../src/python/vm/host/spawn.node.js';

const threadEntry = new URL('../src/python/vm/workers/py-thread.node.ts', import.meta.url).href;

export function nodeLib(root = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'python', 'lib')): LibLoader {
  return {
    load(name) {
      const base = join(root, ...name.split('.'));
      for (const [p, pkg] of [[`${base}.py`, false], [join(base, '__init__.py'), true]] as const) {
        if (existsSync(p)) return { source: readFileSync(p, 'utf8'), path: p, isPackage: pkg };
      }
      return null;
    },
  };
}

export async function main(argv: string[]): Promise<number> {
  let speed = Infinity;
  let single = false;
  let freeThreaded = false;
  let heapBytes: number | undefined;
  let file: string | null = null;
  let trace: string | null = null;
  const rest: string[] = [];
  for (const a of argv) {
    if (file !== null) rest.push(a);
    else if (a === '--single-worker') single = true;
    else if (a.startsWith('--speed=')) {
      const v = a.slice(8);
      speed = v === 'max' ? Infinity : Number(v);
      if (!(speed > 0)) {
        process.stderr.write(`py: --speed must be max or a positive number, not ${v}\n`);
        return 2;
      }
    } else if (a.startsWith('--heap-mib=')) {
      const mib = Number(a.slice(11));
      if (!Number.isInteger(mib) || mib < 1 || mib > 1023) {
        process.stderr.write(`py: --heap-mib must be an integer from 1 to 1023, not ${a.slice(11)}\n`);
        return 2;
      }
      heapBytes = mib * 1024 * 1024;
    } else if (a === '--free-threaded') freeThreaded = true;
    else if (a.startsWith('--trace=')) {
      trace = a.slice(8);
      if (trace === '') {
        process.stderr.write('py: --trace needs a file name: --trace=OUT.json\n');
        return 2;
      }
    } else if (a.startsWith('--')) {
      process.stderr.write(`py: unknown option ${a}\n`);
      return 2;
    } else file = a;
  }
  if (file === null) {
    process.stderr.write('usage: npm run --silent py -- [--single-worker] [--free-threaded] [--speed=max|N] [--heap-mib=N] [--trace=OUT.json] FILE.py\n');
    return 2;
  }
  const path = resolve(file);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    process.stderr.write(`python3: can't open file '${path}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  let stdin: string;
  try {
    stdin = process.stdin.isTTY ? '' : readFileSync(0, 'utf8');
  } catch {
    stdin = '';
  }
  const write = (fd: number, text: string): void => {
    if (fd === 2) process.stderr.write(text);
    else process.stdout.write(text);
  };
  if (freeThreaded && single) {
    process.stderr.write('py: --free-threaded needs worker mode (drop --single-worker)\n');
    return 2;
  }
  const events: VmEvent[] = [];
  // Worker mode (one worker per Python thread) unless asked otherwise; its event stream makes the trace as single-worker's does.
  if (!single) {
    const onEvents = trace === null ? undefined : (b: VmEvent[]): void => void events.push(...b);
    const r = await runWorkers({ source, path, stdin, speed, freeThreaded, heapBytes, argv: [path, ...rest], spawn: nodeSpawn, entry: threadEntry, write, onEvents });
    return trace === null ? r.status : writeTrace(trace, events, path, r.status);
  }
  const r = runProgram({
    source, path, stdin, speed, heapBytes, lib: nodeLib(), argv: [path, ...rest],
    ...(trace === null ? {} : { events: { emit: (e: VmEvent) => void events.push(e) } }),
    write: (fd, text) => {
      if (fd === 2) process.stderr.write(text);
      else process.stdout.write(text);
    },
  });
  return trace === null ? r.status : writeTrace(trace, events, path, r.status);
}

function writeTrace(trace: string, events: VmEvent[], path: string, status: number): number {
  try {
    writeFileSync(trace, JSON.stringify(vmChromeTrace(events, path)));
  } catch (e) {
    process.stderr.write(`py: cannot write the trace to ${trace}: ${e instanceof Error ? e.message : String(e)}\n`);
    return status === 0 ? 2 : status;
  }
  return status;
}

void main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
  // The host terminated every worker; nothing else keeps Node alive, but a stuck stdin read must not.
  process.exit(status);
});
