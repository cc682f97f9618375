/**
 * The postMessage protocol between a course page and an embedded lab. Every
 * message is an object `{ type: 'concurrency-lab', ... }`; anything else is
 * ignored. Commands are checked whole before anything changes.
 */
import { type Lang, isLang } from '../i18n/lang';
import { quote } from './quote';

export const PROTOCOL = 'concurrency-lab';

export type Command =
  | { command: 'run' | 'pause' | 'resume' | 'reset' | 'getState'; id?: string | number }
  | { command: 'setParams'; params: Record<string, string | number | boolean>; id?: string | number }
  | { command: 'setLang'; lang: Lang; id?: string | number }
  | { command: 'setScenario'; scenario: string; id?: string | number };

export type Parsed = { ok: true; cmd: Command } | { ok: false; error: string; id?: string | number } | { ok: false; ignore: true };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Primitive = string | number | boolean;

/**
 * Only a plain object literal is a parameter set: a Date, a Map or a class
 * instance has no own entries and would pass as "set nothing" with ok:true;
 * `__proto__` as an own key (JSON.parse makes one) must never reach code that
 * copies keys onto objects.
 */
function plainParams(v: unknown): { ok: true; params: Record<string, Primitive> } | { ok: false; error: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, error: `setParams needs params: a plain object of name → value, got ${quote(v)}` };
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return { ok: false, error: `params must be a plain object, not ${Object.prototype.toString.call(v)}` };
  if (Object.getOwnPropertySymbols(v).length > 0) return { ok: false, error: 'params keys must be strings' };
  const params: Record<string, Primitive> = Object.create(null) as Record<string, Primitive>;
  for (const k of Object.getOwnPropertyNames(v)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') return { ok: false, error: `params.${quote(k)} is not a parameter name` };
    const d = Object.getOwnPropertyDescriptor(v, k);
    // Getters and hidden properties are not something a message carries honestly.
    if (!d?.enumerable || !('value' in d)) return { ok: false, error: `params.${quote(k)} must be a plain value` };
    const value: unknown = d.value;
    if (typeof value === 'number' && !Number.isFinite(value)) return { ok: false, error: `params.${quote(k)} must be a finite number` };
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
      return { ok: false, error: `params.${quote(k)} must be a string, number or boolean, got ${quote(value)}` };
    params[k] = value;
  }
  return { ok: true, params: { ...params } };
}

/** Reads a message; `ignore` for messages not meant for us (other libraries talk too). */
export function parseCommand(data: unknown): Parsed {
  if (!isRecord(data) || data.type !== PROTOCOL) return { ok: false, ignore: true };
  const rawId = data.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : undefined;
  const fail = (error: string): Parsed => (id === undefined ? { ok: false, error } : { ok: false, error, id });
  const c = data.command;
  switch (c) {
    case 'run':
    case 'pause':
    case 'resume':
    case 'reset':
    case 'getState':
      return { ok: true, cmd: id === undefined ? { command: c } : { command: c, id } };
    case 'setParams': {
      const checked = plainParams(data.params);
      if (!checked.ok) return fail(checked.error);
      return { ok: true, cmd: { command: 'setParams', params: checked.params, ...(id === undefined ? {} : { id }) } };
    }
    case 'setLang': {
      const lang = data.lang;
      if (typeof lang !== 'string' || !isLang(lang)) return fail("setLang needs lang: 'zh' or 'en'");
      return { ok: true, cmd: { command: 'setLang', lang, ...(id === undefined ? {} : { id }) } };
    }
    case 'setScenario': {
      if (typeof data.scenario !== 'string') return fail(`setScenario needs scenario: a scenario id, got ${quote(data.scenario)}`);
      return { ok: true, cmd: { command: 'setScenario', scenario: data.scenario, ...(id === undefined ? {} : { id }) } };
    }
    default:
      return fail(`unknown command: ${quote(c)}`);
  }
}

/** Events the lab posts to its parent. */
export type LabEvent =
  | { type: typeof PROTOCOL; event: 'ready' | 'state'; state: LabSnapshot }
  | { type: typeof PROTOCOL; event: 'status'; status: string; outcome?: Record<string, string> }
  | { type: typeof PROTOCOL; event: 'result'; id?: string | number; ok: boolean; error?: string }
  | { type: typeof PROTOCOL; event: 'resize'; height: number };

export interface LabSnapshot {
  scenario: string;
  params: Record<string, string | number | boolean>;
  /** A number, or `max` (every jump of the clock at once). */
  speed: number | 'max';
  lang: Lang;
  status: string;
  outcome?: Record<string, string>;
}
