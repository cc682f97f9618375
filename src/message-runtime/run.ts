/**
 * One run on the message runtime: a real worker per simulated thread, and the
 * broker that answers their calls on this (main) thread. Same surface as the
 * shared-memory Run, so RunDriver, the trace and the UI work unchanged.
 */
import type { RuntimeEvent } from '../runtime/events';
import type { Waiter } from '../engine/deadlock';
import type { QueueView, RunEnd, RunSpec } from '../engine/run';
import type { RunLike } from '../engine/run-like';
import { Broker } from './broker';
import type { MessageSpawner, MessageThread } from './spawner';

export class MessageRun implements RunLike {
  readonly ended: Promise<RunEnd>;
  private readonly broker: Broker;
  private readonly threads: MessageThread[];
  private terminated = false;

  constructor(
    readonly spec: RunSpec,
    spawn: MessageSpawner,
  ) {
    this.broker = new Broker(spec, (worker, id, reply) => this.threads[worker]?.reply(id, reply));
    this.threads = spec.threads.map((t, worker) =>
      spawn(
        { worker, name: t.name, pid: t.pid, scenario: spec.scenario, target: t.target, params: spec.params },
        (id, call) => this.broker.receive(worker, id, call),
      ),
    );
    this.ended = Promise.all(this.threads.map((t) => t.exit)).then(
      (exits): RunEnd => ({ kind: 'finished', exits }),
      (e: unknown): RunEnd => ({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }

  drain(into: RuntimeEvent[] = []): RuntimeEvent[] {
    return this.broker.drain(into);
  }

  keepTime(): Waiter[] | null {
    return this.terminated ? null : this.broker.keepTime();
  }

  watch(fn: () => void): () => void {
    this.broker.onActivity = fn;
    fn();
    return () => {
      this.broker.onActivity = () => {};
    };
  }

  queueViews(): QueueView[] {
    return this.broker.queueViews();
  }

  global(name: string, process = 0): number {
    return this.broker.global(name, process);
  }

  send(command: string): boolean {
    return !this.terminated && this.broker.send(command);
  }

  simNow(): number {
    return this.broker.clock.now();
  }

  allArrived(): boolean {
    return this.broker.arrived >= this.threads.length;
  }

  pause(): void {
    this.broker.clock.pause();
  }

  resume(): void {
    this.broker.clock.resume();
  }

  setSpeed(speed: number): void {
    this.broker.clock.setSpeed(speed);
  }

  get workerCount(): number {
    return this.threads.length;
  }

  /** End every worker of this run; safe to call twice. */
  terminate(): void {
    if (this.terminated) return;
    this.terminated = true;
    this.broker.clock.stop();
    for (const t of this.threads) t.terminate();
  }
}
