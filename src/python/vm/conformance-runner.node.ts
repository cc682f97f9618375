// Runs the conformance programs (conformance/) through the VM in-process and
// compares stdout, stderr and exit status with CPython's, after the
// normalisation conformance/README.md describes.

import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from './run';
import type { LibLoader } from './process';

const here = dirname(fileURLToPath(import.meta.url));
export const CONFORMANCE = join(here, '..', '..', '..', 'conformance');
export const LIB = join(here, '..', 'lib');
export const PASSING_SINGLE = join(CONFORMANCE, 'passing-single.txt');

export function libLoader(root = LIB): LibLoader {
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

export interface Outcome {
  path: string;
  pass: boolean;
  /** What differed, for the report. */
  diff: string;
}

export function programs(): string[] {
  const out: string[] = [];
  for (const cat of readdirSync(CONFORMANCE).sort()) {
    const dir = join(CONFORMANCE, cat);
    if (!existsSync(dir) || cat.includes('.')) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.py')) out.push(`${cat}/${f}`);
  }
  return out;
}

function normalise(s: string): string {
  return s.split(`${CONFORMANCE}/`).join('<conformance>/').split(`${LIB}/`).join('<stdlib>/').replace(/ at 0x[0-9a-fA-F]+/g, ' at 0x…');
}

function read(p: string): string | null {
  return existsSync(p) ? readFileSync(p, 'utf8') : null;
}

function firstDiff(a: string, b: string): string {
  const x = a.split('\n'), y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: expected ${JSON.stringify(x[i] ?? '<end>')}, got ${JSON.stringify(y[i] ?? '<end>')}`;
  }
  return '';
}

export function runOne(rel: string, lib: LibLoader = libLoader()): Outcome {
  const py = join(CONFORMANCE, rel);
  const stem = py.slice(0, -3);
  const source = readFileSync(py, 'utf8');
  let r: { stdout: string; stderr: string; status: number };
  try {
    r = runProgram({ source, path: py, stdin: read(`${stem}.stdin`) ?? '', lib, timeLimitMs: 10000 });
  } catch (e) {
    return { path: rel, pass: false, diff: `VM crashed: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}` };
  }
  return compareOutcome(rel, r);
}

/** Compares a run of conformance program rel with CPython's expectations (either mode). */
export function compareOutcome(rel: string, r: { stdout: string; stderr: string; status: number }): Outcome {
  const stem = join(CONFORMANCE, rel).slice(0, -3);
  const deadlock = existsSync(`${stem}.deadlock`);
  const out = normalise(r.stdout), err = normalise(r.stderr);
  const wantOut = read(`${stem}.stdout`) ?? '';
  const diffs: string[] = [];
  if (out !== wantOut) diffs.push(`stdout ${firstDiff(wantOut, out)}`);
  if (deadlock) {
    if (r.status !== 3) diffs.push(`status: expected 3 (deadlock), got ${r.status}`);
  } else {
    const wantErr = read(`${stem}.stderr`) ?? '';
    const wantStatus = Number((read(`${stem}.status`) ?? '0').trim());
    if (err !== wantErr) diffs.push(`stderr ${firstDiff(wantErr, err)}`);
    if (r.status !== wantStatus) diffs.push(`status: expected ${wantStatus}, got ${r.status}`);
  }
  return { path: rel, pass: diffs.length === 0, diff: diffs.join('; ') };
}

export function passingList(file = PASSING_SINGLE): Set<string> {
  const text = read(file) ?? '';
  return new Set(text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}
