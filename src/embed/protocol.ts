/**
 * The postMessage protocol between a course page and an embedded lab. Every
 * message is an object `{ type: 'concurrency-lab', ... }`; anything else is
 * ignored. Commands are checked whole before anything changes.
 */
import { type Lang, isLang } from '../i18n/lang';

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
      if (!isRecord(data.params)) return fail('setParams needs params: an object of name → value');
      const params: Record<string, string | number | boolean> = {};
      for (const [k, v] of Object.entries(data.params)) {
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return fail(`params.${k} must be a string, number or boolean`);
        params[k] = v;
      }
      return { ok: true, cmd: { command: 'setParams', params, ...(id === undefined ? {} : { id }) } };
    }
    case 'setLang': {
      const lang = data.lang;
      if (typeof lang !== 'string' || !isLang(lang)) return fail("setLang needs lang: 'zh' or 'en'");
      return { ok: true, cmd: { command: 'setLang', lang, ...(id === undefined ? {} : { id }) } };
    }
    case 'setScenario': {
      if (typeof data.scenario !== 'string') return fail('setScenario needs scenario: a scenario id');
      return { ok: true, cmd: { command: 'setScenario', scenario: data.scenario, ...(id === undefined ? {} : { id }) } };
    }
    default:
      return fail(`unknown command: ${JSON.stringify(c)}`);
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
  speed: number;
  lang: Lang;
  status: string;
  outcome?: Record<string, string>;
}
