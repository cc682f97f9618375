// Pure and tiny: the page's live watch uses it without the VM.

/**
 * The names the watch shows for locks the program names alike: two threads' `self.lock` are two locks,
 * so each one found in a thread's locals gets that thread's name (`self.lock (Thread-2)`). A name only
 * one lock has stays as it is.
 */
export function qualifiedNames(entries: readonly { name: string; thread?: string }[]): string[] {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.name, (count.get(e.name) ?? 0) + 1);
  return entries.map((e) => ((count.get(e.name) ?? 0) > 1 && e.thread !== undefined ? `${e.name} (${e.thread})` : e.name));
}
