/**
 * A VM lesson's run record carries the facts its outcome is computed from:
 * they survive JSON (a thread alive at the end has end NaN, written as null),
 * and a broken field is refused by its name.
 */
import { describe, expect, it } from 'vitest';
import { libLoader } from '../python/vm/conformance-runner.node';
import type { VmEvent } from '../python/vm/events';
import { runVm } from '../workers/python-vm-run';
import { VmTrace, type VmFacts } from './vm-trace';
import { makeRecord, readRecord } from './record';

const lib = libLoader();

function factsOf(source: string): VmFacts {
  const events: VmEvent[] = [];
  runVm({ source, path: 'main.py', speed: Infinity }, lib, (b) => events.push(...b));
  const vt = new VmTrace('main.py', ['n']);
  vt.apply(events);
  return vt.facts;
}

// The main thread holds the lock and joins a thread that waits on it: a deadlock, both threads stuck.
const STUCK = ['import threading', 'n = 0', 'lock = threading.Lock()', 'lock.acquire()', 'n += 1', 't = threading.Thread(target=lock.acquire)', 't.start()', 't.join()', ''].join('\n');

const report = { status: 'deadlock' as const, globals: {}, globalsByProcess: [], simEnd: 0 };

function recordJson(facts: VmFacts): Record<string, unknown> {
  return JSON.parse(JSON.stringify(makeRecord({ scenario: 'custom', params: {}, speed: 4, source: STUCK, report, vm: { code: STUCK, facts } }, []))) as Record<string, unknown>;
}

describe('run record of a VM lesson', () => {
  it('round-trips its VmFacts through JSON, alive threads included', () => {
    const facts = factsOf(STUCK);
    expect(facts.deadlock).not.toBe('');
    expect(facts.threads.some((t) => Number.isNaN(t.end))).toBe(true);
    expect(facts.stores.map((s) => s.value)).toEqual(['0', '1']);
    const back = readRecord(recordJson(facts));
    if (typeof back === 'string') throw new Error(back);
    expect(back.vm?.code).toBe(STUCK);
    expect(back.vm?.facts).toEqual(facts);
  });

  it('names the field that is wrong', () => {
    const facts = factsOf(STUCK);
    const json = recordJson(facts);
    const vm = json.vm as { facts: { threads: { end: unknown }[]; stuck: { kind: unknown }[] } };
    const thread = vm.facts.threads[1];
    if (thread) thread.end = 'soon';
    expect(readRecord(json)).toBe('vm.facts.threads[1].end');
    if (thread) thread.end = null;
    const stuck = vm.facts.stuck[0];
    if (stuck) stuck.kind = 'spinlock';
    expect(readRecord(json)).toBe('vm.facts.stuck[0].kind');
    if (stuck) stuck.kind = 'lock';
    expect(typeof readRecord(json)).toBe('object');
    expect(readRecord({ ...json, vm: { facts: vm.facts } })).toBe('vm');
    expect(readRecord({ ...json, vm: { code: '', facts: { ...vm.facts, exitStatus: 'x' } } })).toBe('vm.facts.exitStatus');
  });
});
