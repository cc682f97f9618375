import { useEffect, useRef, useState } from 'react';
import { flushUrl, useLab } from '../store/lab-store';
import { embedUrl, iframeSnippet, shareUrl } from './share-links';
import { useStrings } from './useStrings';

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const t = useStrings();
  const [copied, setCopied] = useState(false);
  return (
    <label className="copy-field">
      <span className="control-label">{label}</span>
      <span className="copy-row">
        <textarea readOnly value={value} rows={value.length > 120 ? 3 : 1} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="btn"
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? t.copied : t.copy}
        </button>
      </span>
    </label>
  );
}

/** The teacher's way out: a link to this preset, an iframe snippet, and a live preview of the embed. */
export function ShareButton() {
  const t = useStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  // The URL follows every control; re-read it when the dialog opens.
  const [href, setHref] = useState('');
  useLab((s) => s.params);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      flushUrl();
      setHref(window.location.href);
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button type="button" className="btn" data-testid="share" onClick={() => setOpen(true)}>
        {t.share}
      </button>
      <dialog ref={dialog} className="dialog dialog-wide" aria-labelledby="share-title" onClose={() => setOpen(false)} data-testid="share-dialog">
        <h2 id="share-title">{t.shareTitle}</h2>
        {open && href ? (
          <>
            <CopyField label={t.shareLink} value={shareUrl(href)} testId="share-link" />
            <CopyField label={t.shareEmbed} value={iframeSnippet(href, t.appName)} testId="share-embed" />
            <p className="control-label">{t.preview}</p>
            <iframe className="embed-preview" src={embedUrl(href)} title={t.preview} allow="cross-origin-isolated" />
          </>
        ) : null}
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          {t.close}
        </button>
      </dialog>
    </>
  );
}
