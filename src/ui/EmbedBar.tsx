import { LANGS } from '../i18n/lang';
import { flushUrl, useLab } from '../store/lab-store';
import { shareUrl } from './share-links';
import { HelpButton } from './HelpButton';
import { FullscreenIcon } from './icons';
import { RuntimeBadge } from './RuntimeBadge';
import { SizeToggle } from './SizeToggle';
import { StatusPill } from './StatusPill';
import { useStrings } from './useStrings';

/** The embed's only chrome: the scenario's name, status, language, and a way to the full app. */
export function EmbedBar() {
  const t = useStrings();
  const lang = useLab((s) => s.lang);
  const scenario = useLab((s) => s.scenario);
  const setLang = useLab((s) => s.setLang);
  return (
    <header className="embed-bar">
      <h1 className="embed-title">{scenario.title[lang]}</h1>
      <StatusPill />
      <RuntimeBadge />
      <div className="lang-switch" role="group" aria-label={t.language}>
        {LANGS.map((l) => (
          <button key={l} type="button" aria-pressed={lang === l} data-testid={`lang-${l}`} onClick={() => setLang(l)}>
            {l === 'zh' ? '中文' : 'EN'}
          </button>
        ))}
      </div>
      <SizeToggle />
      <HelpButton />
      {document.fullscreenEnabled ? (
        <button
          type="button"
          className="btn btn-quiet"
          data-testid="fullscreen"
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen();
            else void document.documentElement.requestFullscreen().catch(() => {});
          }}
        >
          <FullscreenIcon /> {t.fullscreen}
        </button>
      ) : null}
      <a
        className="embed-open"
        href={shareUrl(window.location.href)}
        target="_blank"
        rel="noopener"
        data-testid="open-full"
        onClick={(e) => {
          // The link was rendered before the latest changes: point it at what is shown now.
          flushUrl();
          e.currentTarget.href = shareUrl(window.location.href);
        }}
      >
        {t.openFull} ↗
      </a>
    </header>
  );
}
