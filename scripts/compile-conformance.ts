// Compiles every conformance/**/*.py with our front end and lists what is refused,
// by construct and count, so the compiler's gaps are worked on in order of cost.
// Run: npx tsx scripts/compile-conformance.ts [--verbose]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CompileNotSupported, compileModule } from '../src/python/compiler';
import { PySyntaxError } from '../src/python/errors';
import { compileCheck } from '../src/python/parser';

function pyFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return pyFiles(p);
    return n.endsWith('.py') ? [p] : [];
  });
}

const verbose = process.argv.includes('--verbose');
const files = pyFiles('conformance');
const refusals = new Map<string, string[]>();
let ok = 0;
let syntax = 0;
for (const f of files) {
  try {
    compileModule(compileCheck(readFileSync(f, 'utf8'), f));
    ok++;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      syntax++; // programs that test SyntaxError are expected to fail here
      continue;
    }
    const key = e instanceof CompileNotSupported ? e.message : `CRASH ${e instanceof Error ? e.message : String(e)}`;
    refusals.set(key, [...(refusals.get(key) ?? []), f]);
  }
}
console.log(`${files.length} programs: ${ok} compile, ${syntax} SyntaxError, ${files.length - ok - syntax} refused`);
for (const [k, fs] of [...refusals].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(fs.length).padStart(4)}  ${k}${verbose ? `\n        ${fs.join('\n        ')}` : ''}`);
}
