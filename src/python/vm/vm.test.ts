// Whole programs through the VM, compared with what CPython 3.12 printed for
// them (testdata/cases.py, split at `# --- name`; expectations in cases.json,
// produced by running each part with ~/.pyenv/versions/3.12.1/bin/python3).

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from './run';
import { libLoader } from './conformance-runner.node';

interface Case {
  name: string;
  source: string;
  stdout: string;
  stderr: string;
  status: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const cases = JSON.parse(readFileSync(join(here, 'testdata', 'cases.json'), 'utf8')) as Case[];
const lib = libLoader();

/** Frames inside the library differ from CPython's stdlib; the rest must match. */
function withoutLibFrames(s: string): string {
  return s.replace(/ {2}File "[^"]*(?:lib|python3\.12)\/[^"]*", line \d+, in \w+\n(?: {4}.*\n)*/g, '');
}

describe('VM runs programs as CPython 3.12 does', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = runProgram({ source: c.source, path: '<file>', lib, timeLimitMs: 20000 });
      expect(r.stdout).toBe(c.stdout);
      if (c.status === 3) {
        expect(r.status).toBe(3);
        expect(r.stderr).toMatch(/^deadlock: .*MainThread waits on lock\.acquire\(\)/);
        return;
      }
      expect(withoutLibFrames(r.stderr)).toBe(withoutLibFrames(c.stderr));
      expect(r.status).toBe(c.status);
    }, 30000);
  }
});
