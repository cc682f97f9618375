/**
 * "Open in Perfetto" through Perfetto's postMessage handshake (PING until
 * PONG, then the trace buffer). Our page's Cross-Origin-Opener-Policy cuts
 * the window handle of every cross-origin popup, so the page opens a
 * same-origin relay page served without that header and hands it the trace
 * over a BroadcastChannel; the relay opens Perfetto and does the handshake.
 */
import { useLab } from '../../store/lab-store';
import { traceJson } from './exports';

export const PERFETTO_ORIGIN = 'https://ui.perfetto.dev';
export const RELAY_CHANNEL = 'concurrency-lab-perfetto';

export interface RelayReady {
  type: 'ready';
  id: string;
}

export interface RelayTrace {
  type: 'trace';
  id: string;
  target: string;
  title: string;
  buffer: ArrayBuffer;
}

/**
 * Where the trace goes: Perfetto, or (for tests and local mirrors only) a
 * page on this machine named by `perfetto=` in the URL.
 */
export function perfettoTarget(search: string): string {
  const asked = new URLSearchParams(search).get('perfetto');
  if (!asked) return PERFETTO_ORIGIN;
  try {
    const u = new URL(asked);
    if ((u.hostname === 'localhost' || u.hostname === '127.0.0.1') && (u.protocol === 'http:' || u.protocol === 'https:')) return u.href;
  } catch {
    // not a URL: Perfetto itself
  }
  return PERFETTO_ORIGIN;
}

export function openInPerfetto(): void {
  const s = useLab.getState();
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const buffer = new TextEncoder().encode(traceJson()).buffer as ArrayBuffer;
  const message: RelayTrace = { type: 'trace', id, target: perfettoTarget(window.location.search), title: `Concurrency Lab: ${s.scenario.title[s.lang]}`, buffer };
  const ch = new BroadcastChannel(RELAY_CHANNEL);
  const done = () => ch.close();
  ch.onmessage = (e: MessageEvent<RelayReady>) => {
    if (e.data?.type !== 'ready' || e.data.id !== id) return;
    ch.postMessage(message);
    done();
  };
  setTimeout(done, 120_000);
  const relay = new URL('perfetto-relay.html', window.location.href);
  relay.searchParams.set('id', id);
  window.open(relay.href, '_blank');
}
