import { useEffect, useMemo, useRef, useState } from 'react';
import { embedOptions } from './embed-options';
import { PANELS } from '../embed/embed-params';
import { PROTOCOL } from '../embed/protocol';
import { flushUrl, useLab } from '../store/lab-store';
import { ShareBuilder } from './ShareBuilder';
import { type PanelRow, rowsFor } from './share-choice';
import { DEFAULT_HEIGHT, type EmbedChoice, embedUrlFor, iframeSnippet, shareUrlFor } from './share-links';
import { useStrings } from './useStrings';

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const t = useStrings();
  const [copied, setCopied] = useState(false);
  // A new value has not been copied yet.
  useEffect(() => setCopied(false), [value]);
  return (
    <label className="copy-field">
      <span className="control-label">{label}</span>
      <span className="copy-row">
        <textarea readOnly value={value} rows={value.split('\n').length > 1 ? 6 : value.length > 120 ? 3 : 1} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
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

/**
 * The height the preview lab last reported, as the snippet's script would set
 * it for fit content. Listened to while the dialog is open, not only in fit
 * mode: the lab reports when its content changes, not when asked.
 */
function useReportedHeight(frame: React.RefObject<HTMLIFrameElement | null>, on: boolean): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    if (!on) return;
    const listen = (e: MessageEvent) => {
      const data: unknown = e.data;
      if (e.source !== frame.current?.contentWindow || typeof data !== 'object' || data === null) return;
      const m = data as { type?: unknown; event?: unknown; height?: unknown };
      if (m.type === PROTOCOL && m.event === 'resize' && typeof m.height === 'number' && Number.isFinite(m.height)) setHeight(m.height);
    };
    window.addEventListener('message', listen);
    return () => window.removeEventListener('message', listen);
  }, [frame, on]);
  return height;
}

/** The teacher's way out: a link and an iframe snippet built to their choices, with a live preview of the embed. */
export function ShareButton() {
  const t = useStrings();
  const lang = useLab((s) => s.lang);
  const size = useLab((s) => s.size);
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const [open, setOpen] = useState(false);
  // The URL follows every control; re-read it when the dialog opens.
  const [href, setHref] = useState('');
  const [rows, setRows] = useState<PanelRow[]>(() => rowsFor(embedOptions.panelsChosen ? [...embedOptions.panels] : PANELS));
  const [choice, setChoice] = useState<Omit<EmbedChoice, 'panels'>>({ height: DEFAULT_HEIGHT, lang, autoplay: false, size });
  useLab((s) => s.params);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      flushUrl();
      setHref(window.location.href);
      // The page's language and size now are the natural first choice.
      setChoice((c) => ({ ...c, lang: useLab.getState().lang, size: useLab.getState().size }));
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open]);

  const full: EmbedChoice = useMemo(() => ({ ...choice, panels: rows.filter((r) => r.on).map((r) => r.panel) }), [choice, rows]);
  const reported = useReportedHeight(preview, open);
  const src = href ? embedUrlFor(href, full) : '';
  const previewHeight = full.height === 'fit' ? (reported ?? DEFAULT_HEIGHT) : full.height;

  return (
    <>
      <button type="button" className="btn" data-testid="share" onClick={() => setOpen(true)}>
        {t.share}
      </button>
      <dialog ref={dialog} className="dialog dialog-wide" aria-labelledby="share-title" onClose={() => setOpen(false)} data-testid="share-dialog">
        <h2 id="share-title">{t.shareTitle}</h2>
        {open && href ? (
          <>
            <ShareBuilder rows={rows} onRows={setRows} choice={full} onChoice={(c) => setChoice({ height: c.height, lang: c.lang, autoplay: c.autoplay, size: c.size })} />
            <CopyField label={t.shareLink} value={shareUrlFor(href, full)} testId="share-link" />
            <CopyField label={t.shareEmbed} value={iframeSnippet(href, t.appName, full)} testId="share-embed" />
            <p className="control-label">{t.preview}</p>
            <iframe
              ref={preview}
              className="embed-preview"
              src={src}
              title={t.preview}
              height={previewHeight}
              data-testid="share-preview"
              allow="cross-origin-isolated"
            />
          </>
        ) : null}
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          {t.close}
        </button>
      </dialog>
    </>
  );
}
