/**
 * The edited program and the address bar: `code=` is read once when the page
 * opens (a program that decodes replaces the lesson's text; one that does not
 * is reported and the lesson stays), then follows the student's edits, and
 * leaves the address when the text is the lesson's again.
 */
import { useEffect, useRef } from 'react';
import { readCodeParam, writeCodeParam } from '../../url/code-url';

/** Long enough that the address does not change on every keystroke. */
const WRITE_DELAY_MS = 400;

export function useCodeInUrl(code: string, lesson: string, onLoad: (code: string) => void, onBad: (param: string) => void): void {
  const loaded = useRef(false);
  const handlers = useRef({ onLoad, onBad });
  handlers.current = { onLoad, onBad };

  useEffect(() => {
    let live = true;
    void readCodeParam(window.location.search).then((got) => {
      if (!live) return;
      loaded.current = true;
      if (got === null) return;
      if (got.ok) handlers.current.onLoad(got.code);
      else handlers.current.onBad(got.param);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!loaded.current) return;
    const timer = window.setTimeout(() => void writeCodeParam(code === lesson ? null : code), WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [code, lesson]);
}
