/**
 * Test support: a console transcript made comparable with CPython's
 * (testdata/cpython.json, scripts/gen-bounded-queue-expect.py): library frames
 * dropped (our Lib's paths and lines differ), addresses as 0x…, the banner's
 * version line as `Python 3.12`.
 */
export function normaliseTranscript(text: string): string {
  const out: string[] = [];
  let skip = false;
  for (const line of text.split('\n')) {
    const m = /^ {2}File "([^"]*)", line \d+/.exec(line);
    if (m) {
      skip = m[1] !== '<console>' && m[1] !== 'main.py';
      if (skip) continue;
    } else if (skip && line.startsWith('    ')) continue;
    else skip = false;
    out.push(line);
  }
  return out.join('\n').replace(/0x[0-9a-f]+/g, '0x…');
}

export function bannerless(text: string): string {
  return normaliseTranscript(text).replace(/^Python 3\.12\.\d+ \([^\n]*\n/, 'Python 3.12\n');
}
