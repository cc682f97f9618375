import { useState } from 'react';
import { useLab } from '../store/lab-store';
import { threadInk } from './palette';
import { useStrings } from './useStrings';

/**
 * The line a Python program's input() waits for: shown under the console
 * while some thread waits, with the prompt it printed. The program echoes the
 * line itself when it takes it, as a terminal would, so the console keeps the
 * order in which things happened.
 */
export function ConsoleInput() {
  const t = useStrings();
  useLab((s) => s.traceVersion);
  const prompt = useLab((s) => (s.status === 'running' ? (s.vmFacts?.prompt ?? null) : null));
  const lane = useLab((s) => s.trace.lanes.findIndex((l) => l.name === prompt?.thread));
  const typeLine = useLab((s) => s.typeLine);
  const [text, setText] = useState('');
  const [refused, setRefused] = useState(false);
  if (!prompt) return null;
  return (
    <form
      className="console-input"
      data-testid="console-input-form"
      onSubmit={(e) => {
        e.preventDefault();
        const ok = typeLine(text);
        setRefused(!ok);
        if (ok) setText('');
      }}
    >
      <label htmlFor="console-input" className="console-prompt">
        <span className="console-thread" style={{ color: threadInk(Math.max(0, lane)) }}>
          {prompt.thread}
        </span>
        <span className="console-prompt-text">{prompt.text}</span>
      </label>
      <input
        id="console-input"
        data-testid="console-input"
        className="console-input-box"
        value={text}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        aria-describedby={refused ? 'console-input-refused' : undefined}
        placeholder={t.consoleInputHint}
        onChange={(e) => setText(e.target.value)}
      />
      {refused ? (
        <span id="console-input-refused" className="console-input-refused" role="alert">
          {t.consoleInputRefused}
        </span>
      ) : null}
    </form>
  );
}
