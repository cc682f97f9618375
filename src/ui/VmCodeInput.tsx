import { useLab } from '../store/lab-store';
import { vmTexts } from '../scenarios/custom/texts';

/**
 * The program of a VM scenario as plain editable text (until the CodeMirror
 * editor lands): Tab indents by four spaces, as Python is written.
 */
export function VmCodeInput() {
  const lang = useLab((s) => s.lang);
  const code = useLab((s) => s.code);
  const starter = useLab((s) => s.scenario.vm?.starter ?? '');
  const setCode = useLab((s) => s.setCode);
  return (
    <div className="vm-code">
      <textarea
        className="vm-code-input"
        data-testid="code-input"
        aria-label={vmTexts.editor[lang]}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        value={code}
        rows={Math.min(40, Math.max(12, code.split('\n').length + 1))}
        onChange={(e) => setCode(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Tab' || e.shiftKey) return;
          e.preventDefault();
          const el = e.currentTarget;
          const at = el.selectionStart;
          const next = `${code.slice(0, at)}    ${code.slice(el.selectionEnd)}`;
          setCode(next);
          requestAnimationFrame(() => el.setSelectionRange(at + 4, at + 4));
        }}
      />
      <p className="panel-note">
        {vmTexts.editHint[lang]}{' '}
        {code !== starter ? (
          <button type="button" className="btn" data-testid="code-restore" onClick={() => setCode(starter)}>
            {vmTexts.backToStarter[lang]}
          </button>
        ) : null}
      </p>
    </div>
  );
}
