/**
 * The embedding page's remote control. Listens for protocol messages from the
 * parent window, checks the sender's origin and the message whole, and only
 * then acts through the store's public actions. Never throws, never changes
 * state on a bad message; answers it with a `result` event carrying the error.
 */
import { isLang } from '../i18n/lang';
import { SPEED_INSTANT } from '../speed';
import { findScenario, scenarios } from '../scenarios/registry';
import { canRun, isOver, useLab } from '../store/lab-store';
import { parseUrl, toSearch } from '../url';
import type { EmbedOptions } from './embed-params';
import { quote } from './quote';
import { acceptsOrigin, eventTarget } from './origins';
import { type Command, type LabEvent, type LabSnapshot, PROTOCOL, parseCommand } from './protocol';

function snapshot(): LabSnapshot {
  const s = useLab.getState();
  return {
    scenario: s.scenario.id,
    params: s.params,
    speed: s.speed === SPEED_INSTANT ? 'max' : s.speed,
    lang: s.lang,
    status: s.status,
    ...(isOver(s.status) && s.outcome ? { outcome: s.outcome.data } : {}),
  };
}

/**
 * The state those parameter values would give, checked by the same rules as
 * the URL: the errors, or the parsed values to apply.
 */
function checkParams(params: Record<string, string | number | boolean>): { errors: string[]; parsed: ReturnType<typeof parseUrl> } {
  const s = useLab.getState();
  const known = new Set([...s.scenario.params.map((p) => p.key), 'speed']);
  const errors: string[] = [];
  const q = new URLSearchParams(toSearch(s, new URLSearchParams()));
  for (const [k, v] of Object.entries(params)) {
    if (!known.has(k)) errors.push(`unknown parameter ${quote(k)} for scenario ${s.scenario.id}`);
    else q.set(k, typeof v === 'boolean' ? (v ? 'on' : 'off') : String(v));
  }
  const parsed = parseUrl(`?${q.toString()}`, scenarios);
  for (const m of parsed.messages) errors.push(`${m.param}=${quote(m.value)} is not valid`);
  return { errors, parsed };
}

function perform(cmd: Command): string | null {
  const s = useLab.getState();
  switch (cmd.command) {
    case 'run':
      if (!canRun(s)) return 'this scenario needs shared memory, and this page is not cross-origin isolated';
      s.run();
      return null;
    case 'pause':
      if (s.status === 'running') s.togglePause();
      return null;
    case 'resume':
      if (s.status === 'paused') s.togglePause();
      return null;
    case 'reset':
      s.reset();
      return null;
    case 'getState':
      return null;
    case 'setLang':
      if (!isLang(cmd.lang)) return 'bad language';
      s.setLang(cmd.lang);
      return null;
    case 'setScenario':
      if (!findScenario(cmd.scenario)) return `unknown scenario ${quote(cmd.scenario)}`;
      s.setScenario(cmd.scenario);
      return null;
    case 'setParams': {
      const { errors, parsed } = checkParams(cmd.params);
      // A thousand bad keys get a short answer, not a thousand quotes.
      if (errors.length > 0) return errors.length > 3 ? `${errors.slice(0, 3).join('; ')}; and ${errors.length - 3} more` : errors.join('; ');
      for (const key of Object.keys(cmd.params)) {
        if (key === 'speed') useLab.getState().setSpeed(parsed.speed);
        else {
          const v = parsed.params[key];
          if (v !== undefined) useLab.getState().setParam(key, v);
        }
      }
      return null;
    }
  }
}

export function installEmbedApi(win: Window, options: EmbedOptions): () => void {
  const parent = win.parent;
  if (parent === win) return () => {};
  const target = eventTarget(options.origins);
  const post = (e: LabEvent) => {
    // Locked (origin= named no valid origin): our state is nobody's business either.
    if (target === null) return;
    try {
      parent.postMessage(e, target);
    } catch {
      // A parent on another origin than the allowed one: nothing to tell.
    }
  };

  const onMessage = (ev: MessageEvent) => {
    if (ev.source !== parent) return;
    if (!acceptsOrigin(options.origins, ev.origin)) return;
    const parsed = parseCommand(ev.data);
    if (!parsed.ok) {
      if ('ignore' in parsed) return;
      post({ type: PROTOCOL, event: 'result', ok: false, error: parsed.error, ...(parsed.id === undefined ? {} : { id: parsed.id }) });
      return;
    }
    let error: string | null;
    try {
      error = perform(parsed.cmd);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const id = parsed.cmd.id;
    post({ type: PROTOCOL, event: 'result', ok: error === null, ...(error === null ? {} : { error }), ...(id === undefined ? {} : { id }) });
    if (parsed.cmd.command === 'getState') post({ type: PROTOCOL, event: 'state', state: snapshot() });
  };
  win.addEventListener('message', onMessage);

  const unsub = useLab.subscribe((s, prev) => {
    if (s.status !== prev.status) {
      post({
        type: PROTOCOL,
        event: 'status',
        status: s.status,
        ...(isOver(s.status) && s.outcome ? { outcome: s.outcome.data } : {}),
      });
    }
  });

  // The iframe fits its content when the page listens for these.
  let lastHeight = 0;
  const ro = new ResizeObserver(() => {
    const h = Math.ceil(win.document.documentElement.scrollHeight);
    if (h !== lastHeight) {
      lastHeight = h;
      post({ type: PROTOCOL, event: 'resize', height: h });
    }
  });
  ro.observe(win.document.body);

  post({ type: PROTOCOL, event: 'ready', state: snapshot() });
  return () => {
    win.removeEventListener('message', onMessage);
    unsub();
    ro.disconnect();
  };
}
