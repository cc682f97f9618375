export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A text in both UI languages. */
export type Localized = Record<Lang, string>;

export function isLang(v: string): v is Lang {
  return v === 'zh' || v === 'en';
}

/** The browser's preferred language, as one of ours (Chinese if any zh*, else English). */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const low = l.toLowerCase();
    if (low.startsWith('zh')) return 'zh';
    if (low.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Fill `{name}` placeholders. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
