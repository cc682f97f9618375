/**
 * CodeMirror's styles under our CSP (`style-src 'self'`, no 'unsafe-inline').
 * CodeMirror injects its theme with style-mod, which writes a `<style>` element
 * into a Document (the CSP blocks that: the editor would lose its layout and
 * log a violation) and uses a constructed, adopted stylesheet only for a
 * ShadowRoot (which the CSP allows: no markup is parsed). Mounting once
 * through a view of the document without a `head` makes style-mod choose the
 * adopted sheet and remember that choice on the document itself, so every
 * later mount by the editor adds its rules there. The CSP e2e
 * (`e2e/csp.spec.ts`) catches a style-mod that stops doing this.
 */
import { StyleModule } from 'style-mod';

let done = false;

export function adoptEditorStyles(doc: Document = document): void {
  if (done || !('adoptedStyleSheets' in doc) || typeof CSSStyleSheet === 'undefined') return;
  done = true;
  const headless = new Proxy(doc, {
    // The document's own accessors need the document as `this`, not the proxy.
    get: (target, key) => (key === 'head' ? undefined : (Reflect.get(target, key, target) as unknown)),
    set: (target, key, value) => Reflect.set(target, key, value, target),
  });
  StyleModule.mount(headless, []);
}
