#!/usr/bin/env node
// A plain static file server for testing hosting setups:
//   node scripts/static-server.mjs <dir> <port> [--headers | --isolate] [--prefix /sub/path/]
// --headers applies the folder's _headers file (as Netlify and Cloudflare Pages do);
// without it the server sends no isolation headers (as GitHub Pages or python -m http.server).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', portArg = '8080', ...flags] = process.argv.slice(2);
const useHeaders = flags.includes('--headers');
// --isolate: the page itself is cross-origin isolated (a course page that cooperates).
const isolate = flags.includes('--isolate');
const prefixAt = flags.indexOf('--prefix');
const prefix = prefixAt >= 0 ? (flags[prefixAt + 1] ?? '/') : '/';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** The _headers file as rules; a request gets every matching rule in order, later values winning (Netlify's rule). */
async function headerRules() {
  if (isolate) return [{ pattern: /^/, headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } }];
  if (!useHeaders) return [];
  const text = await readFile(join(dir, '_headers'), 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: {} });
    } else if (line.includes(':') && rules.length > 0) {
      const i = line.indexOf(':');
      rules[rules.length - 1].headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/** Paths in _headers are the site's own: the part after the prefix. */
function headersFor(rules, sitePath) {
  return Object.assign({}, ...rules.filter((r) => r.pattern.test(sitePath)).map((r) => r.headers));
}

const rules = await headerRules();
createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(404).end('not found');
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(prefix.length));
  const extra = headersFor(rules, `/${rel}`);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(dir, rel));
  if (!file.startsWith(normalize(dir))) {
    res.writeHead(403).end();
    return;
  }
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...extra });
    res.end(body);
  } catch {
    res.writeHead(404, extra).end('not found');
  }
}).listen(Number(portArg), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${portArg}${prefix}${useHeaders ? ' with _headers' : ''}`));
