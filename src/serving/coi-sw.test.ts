import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

type Listener = (event: FetchLike) => void;
interface FetchLike {
  request: { url: string; cache: string; mode: string };
  respondWith(r: Promise<Response>): void;
}

/** Loads public/coi-sw.js as a service worker on `origin` would, with `fetch` answering `response`. */
function loadWorker(origin: string, response: () => Response): Record<string, Listener> {
  const listeners: Record<string, Listener> = {};
  const self = {
    location: new URL(`${origin}/coi-sw.js`),
    addEventListener: (type: string, fn: Listener) => {
      listeners[type] = fn;
    },
    skipWaiting: () => undefined,
    clients: { claim: () => Promise.resolve() },
  };
  runInNewContext(readFileSync('public/coi-sw.js', 'utf8'), { self, fetch: () => Promise.resolve(response()), Headers, Response, URL });
  return listeners;
}

function dispatch(listeners: Record<string, Listener>, url: string): Promise<Response> | null {
  let answer: Promise<Response> | null = null;
  listeners.fetch?.({ request: { url, cache: 'default', mode: 'cors' }, respondWith: (r) => (answer = r) });
  return answer;
}

describe('the GitHub Pages service worker', () => {
  it('adds the isolation headers to our own responses', async () => {
    // A same-origin fetch in a browser has type "basic"; one made in node says "default".
    const basic = () => Object.defineProperty(new Response('hi', { status: 200 }), 'type', { value: 'basic' });
    const sw = loadWorker('https://me.github.io', basic);
    const r = await dispatch(sw, 'https://me.github.io/repo/index.html');
    expect(r?.status).toBe(200);
    expect(r?.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(r?.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });

  it('leaves cross-origin requests alone: the browser fetches them as if it were not there', () => {
    const sw = loadWorker('https://me.github.io', () => new Response('x'));
    expect(dispatch(sw, 'https://cdn.example.com/lib.js')).toBeNull();
    expect(dispatch(sw, 'http://me.github.io/repo/')).toBeNull();
  });
});
