import { Fragment, Suspense, useEffect, type ReactNode } from 'react';
import { PANELS, type Panel } from '../embed/embed-params';
import { useLab } from '../store/lab-store';
import { autoplayRequested } from './autoplay';
import { CodePanel } from './CodePanel';
import { ConsolePanel } from './ConsolePanel';
import { Controls } from './Controls';
import { embedOptions } from './embed-options';
import { EmbedBar } from './EmbedBar';
import { ErrorBoundary } from './ErrorBoundary';
import { RunBar } from './RunButtons';
import { extrasOf } from './extras';
import { ExtraFold } from './extras/ExtraFold';
import { Header } from './Header';
import { Notices } from './Notices';
import { OutcomePanel } from './OutcomePanel';
import { useShortcuts } from './shortcuts';
import { TimelinePanel } from './TimelinePanel';
import { useStrings } from './useStrings';
import './projector.css';

/** The full app's reading order (the grid places them; this is the order for screen readers). */
const APP_ORDER: readonly Panel[] = ['code', 'controls', 'timeline', 'extras', 'console', 'outcome'];

export function App() {
  const lang = useLab((s) => s.lang);
  const size = useLab((s) => s.size);
  const t = useStrings();
  useShortcuts();

  // On the root, so rem-based sizes and dialogs outside .app grow too.
  useEffect(() => {
    document.documentElement.dataset.size = size;
  }, [size]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (!embedOptions.embed) document.title = `${t.appName} · ${lang === 'zh' ? 'Concurrency Lab' : '并发实验室'}`;
  }, [lang, t]);

  useEffect(() => {
    if (autoplayRequested()) useLab.getState().run();
  }, []);

  const show = (p: Panel) => embedOptions.panels.has(p);
  const panel = (p: Panel, className: string, labelledBy: string, child: ReactNode) =>
    show(p) ? (
      <section className={`panel ${className}`} aria-labelledby={labelledBy}>
        <ErrorBoundary label={t.errorTitle}>{child}</ErrorBoundary>
      </section>
    ) : null;

  const render: Record<Panel, () => ReactNode> = {
    code: () => panel('code', 'panel-code', 'code-title', <CodePanel />),
    controls: () => panel('controls', 'panel-controls', 'controls-title', <Controls />),
    timeline: () => panel('timeline', 'panel-timeline', 'timeline-title', <TimelinePanel />),
    extras: () => (show('extras') ? <ExtraPanels /> : null),
    console: () => panel('console', 'panel-console', 'console-title', <ConsolePanel />),
    outcome: () => panel('outcome', 'panel-outcome', 'outcome-title', <OutcomePanel />),
  };
  // The full app places panels by grid area; panels= stacks them in the order it names.
  const order: readonly Panel[] = embedOptions.panelsChosen ? [...embedOptions.panels] : APP_ORDER;
  const partial = embedOptions.panelsChosen || embedOptions.panels.size < PANELS.length;

  return (
    <div className={`app${embedOptions.embed ? ' is-embed' : ''}${partial ? ' is-partial' : ''}`}>
      {embedOptions.embed ? <EmbedBar /> : <Header />}
      <Notices />
      {show('controls') ? null : <RunBar />}
      <main className="grid">
        {order.map((p) => (
          <Fragment key={p}>{render[p]()}</Fragment>
        ))}
      </main>
      {embedOptions.embed ? null : (
        <footer className="footer">
          <span>{t.appTagline}</span>
        </footer>
      )}
    </div>
  );
}

/** The scenario's own views (queue contents, process tree…), beside the outcome. */
function ExtraPanels() {
  const t = useStrings();
  const lang = useLab((s) => s.lang);
  const id = useLab((s) => s.scenario.id);
  const extras = extrasOf(id);
  if (extras.length === 0) return null;
  return (
    <div className="panel-extras">
      {extras.map((x, i) => {
        const View = x.component;
        const body = (
          <ErrorBoundary label={t.errorTitle}>
            <Suspense fallback={null}>
              <View />
            </Suspense>
          </ErrorBoundary>
        );
        if (x.fold) {
          return (
            <ExtraFold key={i} id={x.fold} title={x.title[lang]}>
              {body}
            </ExtraFold>
          );
        }
        return (
          <section key={i} className="panel panel-extra" aria-label={x.title[lang]}>
            <h2 className="panel-title">{x.title[lang]}</h2>
            {body}
          </section>
        );
      })}
    </div>
  );
}
