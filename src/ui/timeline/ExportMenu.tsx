import { useState } from 'react';
import { isOver, useLab } from '../../store/lab-store';
import { exportConsole, exportPng, exportRecord, exportSvg, loadRecordFile } from './exports';
import { openInPerfetto } from './perfetto';
import { useTimelineStrings } from './strings';

/** The timeline's exports and the record loader, folded away until asked for. */
export function ExportMenu() {
  const tl = useTimelineStrings();
  const status = useLab((s) => s.status);
  const hasRun = useLab((s) => s.trace.events > 0);
  const over = isOver(status);
  const [bad, setBad] = useState<string | null>(null);
  const load = async (file: File | undefined) => {
    if (!file) return;
    setBad(await loadRecordFile(file));
  };
  return (
    <details className="tl-exports" data-testid="timeline-exports">
      <summary className="btn btn-quiet" aria-label={tl.more} title={tl.more} data-testid="timeline-exports-open">
        ⋯
      </summary>
      <div className="tl-exports-menu">
        <button type="button" className="btn btn-quiet" data-testid="export-svg" title={tl.exportSvgHint} disabled={!hasRun} onClick={exportSvg}>
          {tl.exportSvg}
        </button>
        <button type="button" className="btn btn-quiet" data-testid="export-png" title={tl.exportPngHint} disabled={!hasRun} onClick={() => void exportPng()}>
          {tl.exportPng}
        </button>
        <button type="button" className="btn btn-quiet" data-testid="export-console" title={tl.exportConsoleHint} disabled={!hasRun} onClick={exportConsole}>
          {tl.exportConsole}
        </button>
        <button type="button" className="btn btn-quiet" data-testid="export-record" title={tl.exportRecordHint} disabled={!over} onClick={exportRecord}>
          {tl.exportRecord}
        </button>
        <label className="btn btn-quiet tl-load" title={tl.loadRecordHint}>
          {tl.loadRecord}
          <input type="file" accept="application/json,.json" data-testid="load-record" onChange={(e) => void load(e.currentTarget.files?.[0])} />
        </label>
        <button type="button" className="btn btn-quiet" data-testid="open-perfetto" title={tl.openPerfettoHint} disabled={!hasRun} onClick={() => openInPerfetto()}>
          {tl.openPerfetto}
        </button>
      </div>
      {bad !== null ? (
        <p className="tl-bad" role="alert" data-testid="record-bad" data-problem={bad}>
          {tl.recordBad} <code>{bad}</code>
        </p>
      ) : null}
    </details>
  );
}

/** Drop a record file on the timeline to load it. */
export function onRecordDrop(e: React.DragEvent): void {
  const file = e.dataTransfer.files[0];
  if (!file) return;
  e.preventDefault();
  void loadRecordFile(file);
}
