/**
 * The edited program into the address bar: `code=` follows the student's edits,
 * and leaves the address when the text is the lesson's again. The store reads
 * it as the page opens (lab-store loadLinkedCode); until then nothing is written,
 * or the lesson's text would replace the link.
 */
import { useEffect } from 'react';
import { writeCodeParam } from '../../url/code-url';

/** Long enough that the address does not change on every keystroke. */
const WRITE_DELAY_MS = 400;

export function useCodeInUrl(code: string, lesson: string, loading: boolean): void {
  useEffect(() => {
    if (loading) return;
    const timer = window.setTimeout(() => void writeCodeParam(code === lesson ? null : code), WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [code, lesson, loading]);
}
