/**
 * Keyboard shortcuts: one table, used by the key handler and the help popover.
 * Keys act only when focus is not in a text field or a list, and never steal
 * focus: inside an embed they work once the frame has focus.
 */
import { useEffect } from 'react';
import type { Strings } from '../i18n/strings';
import { useLab } from '../store/lab-store';

export interface Shortcut {
  keys: string[];
  label: (t: Strings) => string;
  perform: () => void;
}

export const HELP_EVENT = 'concurrency-lab:help';

export const shortcuts: Shortcut[] = [
  {
    keys: [' ', 'k'],
    label: (t) => t.keys.run,
    perform: () => {
      const s = useLab.getState();
      if (s.status === 'running' || s.status === 'paused') s.togglePause();
      else s.run();
    },
  },
  { keys: ['s', '.'], label: (t) => t.keys.step, perform: () => useLab.getState().step() },
  { keys: ['r'], label: (t) => t.keys.reset, perform: () => useLab.getState().reset() },
  {
    keys: ['l'],
    label: (t) => t.keys.lock,
    perform: () => {
      const s = useLab.getState();
      if (s.scenario.params.some((p) => p.key === 'lock')) s.setParam('lock', s.params.lock !== true);
    },
  },
  { keys: ['?'], label: (t) => t.keys.help, perform: () => window.dispatchEvent(new Event(HELP_EVENT)) },
];

function typingInto(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  // A read-only editor takes no text, so the page's keys still work from inside it (a lesson's code panel).
  if (el.closest('[aria-readonly="true"]')) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return;
      // Space on a focused button presses that button: leave it be.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
      const hit = shortcuts.find((s) => s.keys.includes(e.key.length === 1 ? e.key.toLowerCase() : e.key) || s.keys.includes(e.key));
      if (!hit) return;
      e.preventDefault();
      hit.perform();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
