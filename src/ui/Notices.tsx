import { useState } from 'react';
import { fmt } from '../i18n/lang';
import { canRun, useLab } from '../store/lab-store';
import type { UrlMessage } from '../url';
import { embedOptions } from './embed-options';
import { useStrings } from './useStrings';
import type { Strings } from '../i18n/strings';
import type { EmbedProblem } from '../embed/embed-params';

function describe(m: UrlMessage, t: Strings): string {
  switch (m.kind) {
    case 'unknownScenario':
      return fmt(t.badParam.unknownScenario, { value: m.value, fallback: m.fallback });
    case 'notInt':
      return fmt(t.badParam.notInt, { param: m.param, value: m.value, min: m.min, max: m.max, fallback: m.fallback });
    case 'notNumber':
      return fmt(t.badParam.notNumber, { param: m.param, value: m.value, min: m.min, max: m.max, fallback: m.fallback });
    case 'notOption':
      return fmt(t.badParam.notOption, { param: m.param, value: m.value, options: m.options, fallback: m.fallback });
    case 'otherScenario':
      return fmt(t.badParam.otherScenario, { param: m.param, value: m.value, scenario: m.scenario, owners: m.owners });
  }
}

function describeEmbed(p: EmbedProblem, t: Strings): string {
  switch (p.kind) {
    case 'ignored':
      return fmt(t.badParam.ignored, { param: p.param, value: p.value });
    case 'notFlag':
      return fmt(t.badParam.notFlag, { param: p.param, value: p.value, options: p.options });
    case 'notOrigin':
      return fmt(t.badParam.notOrigin, { value: p.value });
    case 'originLocked':
      return fmt(t.badParam.originLocked, { value: p.value });
  }
}

export function Notices() {
  const t = useStrings();
  const messages = useLab((s) => s.messages);
  const runtime = useLab((s) => s.runtime);
  const runnable = useLab((s) => canRun(s));
  const dismiss = useLab((s) => s.dismissMessages);
  const [embedDismissed, setEmbedDismissed] = useState(false);
  const embedProblems = embedDismissed ? [] : embedOptions.problems;

  return (
    <>
      {runtime === 'message' && !runnable ? (
        <div className="notice notice-warn" role="alert" data-testid="isolation-warning">
          <strong>{t.needsSharedTitle}</strong>
          <p>{t.needsSharedBody}</p>
          <a href={window.location.href} target="_blank" rel="noopener">
            {t.openNewTab} ↗
          </a>
        </div>
      ) : null}
      {runtime === 'message' && runnable ? (
        <div className="notice notice-calm" data-testid="runtime-note">
          <strong>{t.runtimeMessage}</strong> · {t.runtimeMessageHelp}{' '}
          <a href={window.location.href} target="_blank" rel="noopener">
            {t.openNewTab} ↗
          </a>
        </div>
      ) : null}
      {messages.length > 0 || embedProblems.length > 0 ? (
        <div className="notice notice-info" role="alert" data-testid="url-messages">
          <strong>{t.urlProblem}</strong>
          <ul>
            {messages.map((m, i) => (
              <li key={i} data-param={m.param}>
                {describe(m, t)}
              </li>
            ))}
            {embedProblems.map((p, i) => (
              <li key={`e${i}`} data-param={p.param} data-kind={p.kind}>
                {describeEmbed(p, t)}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => {
              dismiss();
              setEmbedDismissed(true);
            }}
          >
            {t.dismiss}
          </button>
        </div>
      ) : null}
    </>
  );
}
