// What CPython 3.12 printed for the gil lesson's cases (testdata/cpython.json, scripts/gen-gil-expect.py),
// for the tests of both VM hosts.

import { readFileSync } from 'node:fs';

export interface GilCpythonCase {
  name: string;
  work: 'cpu' | 'io';
  workers: number;
  limit: number;
  requests: number;
  latency: number;
  phrases: string[];
}

export const gilCpythonCases = JSON.parse(readFileSync(new URL('./testdata/cpython.json', import.meta.url), 'utf8')) as GilCpythonCase[];
