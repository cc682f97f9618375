/**
 * The URL is the public preset format: `?scenario=ticket&lock=off&threads=3
 * &tickets=20&speed=10&variant=seed&lang=en&autoplay=1`. Parsing never fails:
 * a bad value becomes a named message and the default.
 */
import { type Lang, isLang } from './i18n/lang';
import type { ParamSpec, ScenarioDef } from './scenarios/scenario';
import { paramDefaults } from './scenarios/scenario';
import type { ParamValue, ParamValues } from './scenarios/types';

export const SPEED_MIN = 0.1;
export const SPEED_MAX = 1000;

export type UrlMessage =
  | { kind: 'unknownScenario'; param: string; value: string; fallback: string }
  | { kind: 'notInt' | 'notNumber'; param: string; value: string; min: number; max: number; fallback: string }
  | { kind: 'notOption'; param: string; value: string; options: string; fallback: string };

export interface UrlState {
  scenario: ScenarioDef;
  params: ParamValues;
  speed: number;
  lang: Lang | null;
  autoplay: boolean;
  messages: UrlMessage[];
}

function parseParam(spec: ParamSpec, raw: string, messages: UrlMessage[]): ParamValue {
  const v = raw.trim();
  switch (spec.kind) {
    case 'int': {
      const n = /^[+-]?\d+$/.test(v) ? Number(v) : NaN;
      if (Number.isInteger(n) && n >= spec.min && n <= spec.max) return n;
      messages.push({ kind: 'notInt', param: spec.key, value: raw, min: spec.min, max: spec.max, fallback: String(spec.default) });
      return spec.default;
    }
    case 'number': {
      const n = v === '' ? NaN : Number(v);
      if (Number.isFinite(n) && n >= spec.min && n <= spec.max) return n;
      messages.push({ kind: 'notNumber', param: spec.key, value: raw, min: spec.min, max: spec.max, fallback: String(spec.default) });
      return spec.default;
    }
    case 'enum': {
      if (spec.options.includes(v)) return v;
      messages.push({ kind: 'notOption', param: spec.key, value: raw, options: spec.options.join(' | '), fallback: spec.default });
      return spec.default;
    }
    case 'bool': {
      const low = v.toLowerCase();
      if ([spec.on, '1', 'true', 'yes'].includes(low)) return true;
      if ([spec.off, '0', 'false', 'no'].includes(low)) return false;
      messages.push({
        kind: 'notOption',
        param: spec.key,
        value: raw,
        options: `${spec.on} | ${spec.off}`,
        fallback: spec.default ? spec.on : spec.off,
      });
      return spec.default;
    }
  }
}

export function parseUrl(search: string, all: readonly ScenarioDef[]): UrlState {
  const q = new URLSearchParams(search);
  const messages: UrlMessage[] = [];
  const first = all[0];
  if (!first) throw new Error('no scenarios registered');
  let scenario = first;
  const wanted = q.get('scenario');
  if (wanted !== null) {
    const found = all.find((s) => s.id === wanted.trim());
    if (found) scenario = found;
    else messages.push({ kind: 'unknownScenario', param: 'scenario', value: wanted, fallback: first.id });
  }
  const params = paramDefaults(scenario);
  for (const spec of scenario.params) {
    const raw = q.get(spec.key);
    if (raw !== null) params[spec.key] = parseParam(spec, raw, messages);
  }
  let speed = scenario.defaultSpeed;
  const rawSpeed = q.get('speed');
  if (rawSpeed !== null) {
    const n = rawSpeed.trim() === '' ? NaN : Number(rawSpeed.replace(/x$/i, ''));
    if (Number.isFinite(n) && n >= SPEED_MIN && n <= SPEED_MAX) speed = n;
    else messages.push({ kind: 'notNumber', param: 'speed', value: rawSpeed, min: SPEED_MIN, max: SPEED_MAX, fallback: String(speed) });
  }
  let lang: Lang | null = null;
  const rawLang = q.get('lang');
  if (rawLang !== null) {
    const l = rawLang.trim().toLowerCase().slice(0, 2);
    if (isLang(l)) lang = l;
    else messages.push({ kind: 'notOption', param: 'lang', value: rawLang, options: 'zh | en', fallback: "the browser's language" });
  }
  const autoplay = ['1', 'true', 'yes'].includes((q.get('autoplay') ?? '').toLowerCase());
  return { scenario, params, speed, lang, autoplay, messages };
}

/** The shareable query string for a state: only what differs from the defaults, plus the scenario. */
export function toSearch(s: { scenario: ScenarioDef; params: ParamValues; speed: number; lang: Lang }, keep: URLSearchParams): string {
  const q = new URLSearchParams();
  q.set('scenario', s.scenario.id);
  for (const spec of s.scenario.params) {
    const v = s.params[spec.key];
    if (v === undefined) continue;
    q.set(spec.key, spec.kind === 'bool' ? (v ? spec.on : spec.off) : String(v));
  }
  q.set('speed', String(s.speed));
  q.set('lang', s.lang);
  // Parameters we do not own (an LMS's tracking, future embed options) survive.
  for (const [k, v] of keep) if (!q.has(k) && k !== 'autoplay') q.set(k, v);
  return `?${q.toString()}`;
}
