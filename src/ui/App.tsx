import { useEffect } from 'react';
import { useLab } from '../store/lab-store';
import { CodePanel } from './CodePanel';
import { ConsolePanel } from './ConsolePanel';
import { Controls } from './Controls';
import { Header } from './Header';
import { Notices } from './Notices';
import { OutcomePanel } from './OutcomePanel';
import { TimelinePanel } from './TimelinePanel';
import { useStrings } from './useStrings';
import { autoplayRequested } from './autoplay';
import { ErrorBoundary } from './ErrorBoundary';
import { scenarioExtras } from './extras';

export function App() {
  const lang = useLab((s) => s.lang);
  const t = useStrings();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t.appName} · ${lang === 'zh' ? 'Concurrency Lab' : '并发实验室'}`;
  }, [lang, t]);

  useEffect(() => {
    if (autoplayRequested()) useLab.getState().run();
  }, []);

  return (
    <div className="app">
      <Header />
      <Notices />
      <main className="grid">
        <section className="panel panel-code" aria-labelledby="code-title">
          <ErrorBoundary label={t.errorTitle}>
            <CodePanel />
          </ErrorBoundary>
        </section>
        <section className="panel panel-controls" aria-label={t.run}>
          <ErrorBoundary label={t.errorTitle}>
            <Controls />
          </ErrorBoundary>
        </section>
        <section className="panel panel-timeline" aria-labelledby="timeline-title">
          <ErrorBoundary label={t.errorTitle}>
            <TimelinePanel />
          </ErrorBoundary>
        </section>
        <ExtraPanels />
        <section className="panel panel-console" aria-labelledby="console-title">
          <ErrorBoundary label={t.errorTitle}>
            <ConsolePanel />
          </ErrorBoundary>
        </section>
        <section className="panel panel-outcome" aria-labelledby="outcome-title">
          <ErrorBoundary label={t.errorTitle}>
            <OutcomePanel />
          </ErrorBoundary>
        </section>
      </main>
      <footer className="footer">
        <span>{t.appTagline}</span>
      </footer>
    </div>
  );
}

/** The scenario's own views (queue contents, process tree…), beside the outcome. */
function ExtraPanels() {
  const t = useStrings();
  const lang = useLab((s) => s.lang);
  const id = useLab((s) => s.scenario.id);
  const extras = scenarioExtras[id] ?? [];
  if (extras.length === 0) return null;
  return (
    <div className="panel-extras">
      {extras.map((x, i) => {
        const View = x.component;
        return (
          <section key={i} className="panel panel-extra" aria-label={x.title[lang]}>
            <h2 className="panel-title">{x.title[lang]}</h2>
            <ErrorBoundary label={t.errorTitle}>
              <View />
            </ErrorBoundary>
          </section>
        );
      })}
    </div>
  );
}
