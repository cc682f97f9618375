// The wait-for graph of a state: threads and what they wait on as nodes,
// "waits for" and "held by" as edges, and the reason nobody can move in words
// (a cycle, or a wait on something nobody left can give). Plain data for the
// page's graph; no drawing here.

import type { StepState } from './session';
import type { LockView, ThreadView } from './state';

export interface WaitNode {
  id: string;
  kind: 'thread' | 'lock' | 'condition';
  label: string;
}

export interface WaitEdge {
  from: string;
  to: string;
  kind: 'waits-for' | 'held-by';
}

export interface WaitGraph {
  nodes: WaitNode[];
  edges: WaitEdge[];
  /** Node ids around a cycle (thread, lock, thread, …), or null. */
  cycle: string[] | null;
  /** Why the blocked threads cannot go on, in words; null while someone can. */
  explanation: string | null;
}

const tid = (t: ThreadView): string => `t${t.lane}`;
const lid = (l: LockView): string => `l${l.id}`;

/** Waits on a Condition's private waiter lock (queue, Event, Condition): the thread holds that lock itself until notified. */
const CONDITION_WAITS = /^(Condition\.wait|Queue\.(get|put|join)|Event\.wait)$/;

export function waitsFor(st: StepState): WaitGraph {
  const nodes = new Map<string, WaitNode>();
  const edges: WaitEdge[] = [];
  const byName = new Map(st.threads.map((t) => [t.name, t]));
  const locks = new Map(st.locks.map((l) => [l.id, l]));
  const next = new Map<string, string>();
  const addThread = (t: ThreadView): string => {
    nodes.set(tid(t), { id: tid(t), kind: 'thread', label: t.name });
    return tid(t);
  };
  for (const t of st.threads) {
    if (t.status !== 'blocked' || t.waitLock === null) continue;
    const from = addThread(t);
    const l = locks.get(t.waitLock);
    if (!l) continue;
    const joined = l.name.startsWith('join ') ? byName.get(l.name.slice(5)) : undefined;
    if (joined) {
      // join waits for the thread itself: its end releases the lock.
      edges.push({ from, to: addThread(joined), kind: 'waits-for' });
      next.set(from, tid(joined));
    } else if (CONDITION_WAITS.test(l.name) && !l.global) {
      const id = `c${l.id}`;
      nodes.set(id, { id, kind: 'condition', label: l.name });
      edges.push({ from, to: id, kind: 'waits-for' });
    } else {
      nodes.set(lid(l), { id: lid(l), kind: 'lock', label: l.name });
      edges.push({ from, to: lid(l), kind: 'waits-for' });
      next.set(from, lid(l));
      const h = l.holder === null ? undefined : st.threads[l.holder];
      if (h) {
        edges.push({ from: lid(l), to: addThread(h), kind: 'held-by' });
        next.set(lid(l), tid(h));
      }
    }
  }
  const cycle = findCycle(next);
  const stuck = st.finished ? st.deadlock !== null : false;
  return { nodes: [...nodes.values()], edges, cycle, explanation: cycle || stuck ? explain(st, nodes, edges, cycle) : null };
}

/** Every node has at most one successor here, so a cycle is found by walking from each node. */
function findCycle(next: Map<string, string>): string[] | null {
  for (const start of next.keys()) {
    const path: string[] = [];
    const at = new Map<string, number>();
    let n: string | undefined = start;
    while (n !== undefined && !at.has(n)) {
      at.set(n, path.length);
      path.push(n);
      n = next.get(n);
    }
    if (n !== undefined) return path.slice(at.get(n));
  }
  return null;
}

function explain(st: StepState, nodes: Map<string, WaitNode>, edges: WaitEdge[], cycle: string[] | null): string {
  const label = (id: string): string => nodes.get(id)?.label ?? id;
  if (cycle) {
    const parts: string[] = [];
    for (const id of cycle) {
      const n = nodes.get(id);
      if (n?.kind !== 'thread') continue;
      const e = edges.find((x) => x.from === id && x.kind === 'waits-for');
      if (!e) continue;
      const h = edges.find((x) => x.from === e.to && x.kind === 'held-by');
      if (nodes.get(e.to)?.kind === 'thread') parts.push(`${n.label} waits for ${label(e.to)} to end`);
      else parts.push(h && h.to === id ? `${n.label} waits for ${label(e.to)}, which it holds itself` : `${n.label} waits for ${label(e.to)}, held by ${h ? label(h.to) : 'nobody'}`);
    }
    return `a cycle: ${parts.join('; ')}. Nobody in it can let go.`;
  }
  const doneIds = new Set(st.threads.filter((t) => t.status === 'done').map(tid));
  const waits = edges
    .filter((e) => e.kind === 'waits-for')
    .map((e) => {
      const h = edges.find((x) => x.from === e.to && x.kind === 'held-by');
      return h && doneIds.has(h.to) ? `${label(e.from)} waits on ${label(e.to)}, held by ${label(h.to)}, which has finished` : `${label(e.from)} waits on ${label(e.to)}`;
    });
  const done = st.threads.filter((t) => t.status === 'done').map((t) => t.name);
  return `${waits.join('; ')}; nobody left can wake them${done.length ? ` (${done.join(', ')} finished)` : ''}.`;
}
