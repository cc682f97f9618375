/**
 * Prism's Python grammar, loaded after the first paint: until it is here the
 * code shows uncoloured in the same font and lines, so nothing moves when the
 * colours arrive, and the page's first JavaScript does not carry Prism.
 */
import { useEffect, useState } from 'react';
import type PrismNs from 'prismjs';

export interface PythonGrammar {
  tokenize: (text: string) => (string | PrismNs.Token)[];
}

let loaded: PythonGrammar | null = null;
let loading: Promise<PythonGrammar | null> | null = null;

function loadGrammar(): Promise<PythonGrammar | null> {
  loading ??= import('./prism-python').then(
    ({ Prism }) => {
      const grammar = Prism.languages.python;
      loaded = grammar ? { tokenize: (text) => Prism.tokenize(text, grammar) } : null;
      return loaded;
    },
    // Without colours the program still reads: plain text is the fallback.
    () => null,
  );
  return loading;
}

export function usePythonGrammar(): PythonGrammar | null {
  const [grammar, setGrammar] = useState<PythonGrammar | null>(loaded);
  useEffect(() => {
    if (grammar) return;
    let live = true;
    void loadGrammar().then((g) => {
      if (live && g) setGrammar(g);
    });
    return () => {
      live = false;
    };
  }, [grammar]);
  return grammar;
}
