/**
 * The URL is the public preset format: `?scenario=ticket&lock=off&threads=3
 * &tickets=20&speed=10&variant=seed&lang=en&autoplay=1`. Parsing never fails:
 * a bad value becomes a named message and the default.
 */
import { FLAG_VALUES, SIZES, type Size, parseFlag, parseSize } from './flags';
import { type Lang, isLang } from './i18n/lang';
import type { ParamSpec, ScenarioDef } from './scenarios/scenario';
import { paramDefaults } from './scenarios/scenario';
import type { ParamValue, ParamValues } from './scenarios/types';
import { SPEED_MAX, SPEED_MIN, formatSpeed, parseSpeed } from './speed';

export { SPEED_MAX, SPEED_MIN } from './speed';

/** Parameters every scenario understands, so never another scenario's. */
const COMMON = new Set(['scenario', 'speed', 'lang', 'autoplay', 'embed', 'panels', 'origin', 'size']);

export type UrlMessage =
  | { kind: 'unknownScenario'; param: string; value: string; fallback: string }
  | { kind: 'notInt' | 'notNumber'; param: string; value: string; min: number; max: number; fallback: string }
  | { kind: 'notOption'; param: string; value: string; options: string; fallback: string }
  /** A parameter of other scenarios, not this one (a link edited by hand, or copied from another lab). */
  | { kind: 'otherScenario'; param: string; value: string; scenario: string; owners: string };

export interface UrlState {
  scenario: ScenarioDef;
  params: ParamValues;
  speed: number;
  lang: Lang | null;
  autoplay: boolean;
  /** `size=large`: projector mode (bigger text and lanes). */
  size: Size;
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
      const flag = parseFlag(v, [spec.on], [spec.off]);
      if (flag !== null) return flag;
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
  for (const [key, value] of q) {
    if (COMMON.has(key) || scenario.params.some((p) => p.key === key) || stepParam(scenario, key)) continue;
    const owners = all.filter((d) => d.params.some((p) => p.key === key)).map((d) => d.id);
    // Keys no scenario knows belong to someone else (an LMS's tracking): not ours to judge.
    if (owners.length > 0) messages.push({ kind: 'otherScenario', param: key, value, scenario: scenario.id, owners: owners.join(', ') });
  }
  let speed = scenario.defaultSpeed;
  const rawSpeed = q.get('speed');
  if (rawSpeed !== null) {
    const n = parseSpeed(rawSpeed);
    if (n !== null) speed = n;
    else messages.push({ kind: 'notNumber', param: 'speed', value: rawSpeed, min: SPEED_MIN, max: SPEED_MAX, fallback: String(speed) });
  }
  let lang: Lang | null = null;
  const rawLang = q.get('lang');
  if (rawLang !== null) {
    // `en`, `zh`, or a tag of theirs (`zh-CN`, `en-GB`); `english` is not a language tag.
    const tag = /^([a-z]{2})(?:-[a-z0-9]{1,8})*$/.exec(rawLang.trim().toLowerCase());
    const l = tag?.[1] ?? '';
    if (isLang(l)) lang = l;
    else messages.push({ kind: 'notOption', param: 'lang', value: rawLang, options: 'zh | en', fallback: "the browser's language" });
  }
  const rawAutoplay = q.get('autoplay');
  const flag = rawAutoplay === null ? false : parseFlag(rawAutoplay);
  if (flag === null) messages.push({ kind: 'notOption', param: 'autoplay', value: rawAutoplay ?? '', options: FLAG_VALUES, fallback: 'off' });
  const autoplay = flag === true;
  const rawSize = q.get('size');
  let size: Size = 'normal';
  if (rawSize !== null) {
    const parsed = parseSize(rawSize);
    if (parsed !== null) size = parsed;
    else messages.push({ kind: 'notOption', param: 'size', value: rawSize, options: SIZES.join(' | '), fallback: 'normal' });
  }
  return { scenario, params, speed, lang, autoplay, size, messages };
}

/** The shareable query string for a state: only what differs from the defaults, plus the scenario. */
/**
 * Step mode's parameters (issue 12), owned by every VM scenario and written by the step store
 * (src/store/step-store.ts). `mode` is also the pool scenarios' own parameter, so it is not common.
 */
const STEP_PARAMS = new Set(['mode', 'granularity', 'schedule', 'freethreaded']);

function stepParam(scenario: ScenarioDef, key: string): boolean {
  return scenario.vm?.step === true && STEP_PARAMS.has(key);
}

export function toSearch(
  s: { scenario: ScenarioDef; params: ParamValues; speed: number; lang: Lang; size?: Size },
  keep: URLSearchParams,
  /** Scenarios whose parameters are dropped from `keep`: a switch of scenario leaves none behind. */
  others: readonly ScenarioDef[] = [],
): string {
  const foreign = new Set(others.flatMap((d) => d.params.map((p) => p.key)));
  const q = new URLSearchParams();
  q.set('scenario', s.scenario.id);
  for (const spec of s.scenario.params) {
    const v = s.params[spec.key];
    if (v === undefined) continue;
    q.set(spec.key, spec.kind === 'bool' ? (v ? spec.on : spec.off) : String(v));
  }
  q.set('speed', formatSpeed(s.speed));
  q.set('lang', s.lang);
  // Normal size is the default, so only projector mode is written.
  if (s.size === 'large') q.set('size', 'large');
  // Parameters we do not own (an LMS's tracking, future embed options) survive.
  for (const [k, v] of keep) if (!q.has(k) && k !== 'autoplay' && !(k === 'size' && s.size !== undefined) && (!foreign.has(k) || stepParam(s.scenario, k))) q.set(k, v);
  return `?${q.toString()}`;
}
