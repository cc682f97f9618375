import { useEffect, useRef, useState } from 'react';
import { HELP_EVENT, shortcuts } from './shortcuts';
import { useStrings } from './useStrings';

const keyName = (k: string) => (k === ' ' ? 'Space' : k.toUpperCase());

/** "?" opens a small popover listing the shortcuts (native <dialog>: focus and Escape for free). */
export function HelpButton() {
  const t = useStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(HELP_EVENT, show);
    return () => window.removeEventListener(HELP_EVENT, show);
  }, []);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button type="button" className="btn btn-icon" aria-label={t.help} title={t.help} data-testid="help" onClick={() => setOpen(true)}>
        ?
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="help-title" onClose={() => setOpen(false)} data-testid="help-dialog">
        <h2 id="help-title">{t.helpTitle}</h2>
        <dl className="keys">
          {shortcuts.map((s) => (
            <div key={s.keys.join()}>
              <dt>
                {s.keys.map((k) => (
                  <kbd key={k}>{keyName(k)}</kbd>
                ))}
              </dt>
              <dd>{s.label(t)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          {t.close}
        </button>
      </dialog>
    </>
  );
}
