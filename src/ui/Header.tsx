import { LANGS } from '../i18n/lang';
import { comingSoon, scenarios } from '../scenarios/registry';
import { useLab } from '../store/lab-store';
import { HelpButton } from './HelpButton';
import { RuntimeBadge } from './RuntimeBadge';
import { ShareButton } from './ShareButton';
import { SizeToggle } from './SizeToggle';
import { StatusPill } from './StatusPill';
import { useStrings } from './useStrings';

export function Header() {
  const t = useStrings();
  const lang = useLab((s) => s.lang);
  const scenario = useLab((s) => s.scenario);
  const setScenario = useLab((s) => s.setScenario);
  const setLang = useLab((s) => s.setLang);

  return (
    <header className="header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
          <rect x="4" y="7" width="15" height="6" rx="2" />
          <rect x="13" y="19" width="15" height="6" rx="2" />
        </svg>
        <div>
          <h1 className="brand-name">{t.appName}</h1>
          <div className="brand-sub">{lang === 'zh' ? 'Concurrency Lab' : '并发实验室'}</div>
        </div>
      </div>
      <label className="scenario-picker">
        <span className="visually-hidden">{t.scenario}</span>
        <select data-testid="scenario-select" value={scenario.id} onChange={(e) => setScenario(e.target.value)}>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title[lang]}
            </option>
          ))}
          {comingSoon.map((s) => (
            <option key={s.id} value={s.id} disabled>
              {s.title[lang]} · {t.comingSoon}
            </option>
          ))}
        </select>
      </label>
      <div className="header-end">
        <StatusPill />
        <RuntimeBadge />
        <div className="lang-switch" role="group" aria-label={t.language} data-testid="lang-switch">
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l === 'zh' ? 'zh-CN' : 'en'}
              aria-pressed={lang === l}
              data-testid={`lang-${l}`}
              onClick={() => setLang(l)}
            >
              {l === 'zh' ? '中文' : 'EN'}
            </button>
          ))}
        </div>
        <SizeToggle />
        <ShareButton />
        <HelpButton />
      </div>
    </header>
  );
}
