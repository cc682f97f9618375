/**
 * The teacher's embed builder: which panels and in what order, the height (or
 * fit content), language, start paused or playing, projector size. The
 * parent shows the link, the snippet and a live preview of the same choice.
 */
import { LANGS } from '../i18n/lang';
import { type PanelRow, move, panelName } from './share-choice';
import { DEFAULT_HEIGHT, type EmbedChoice, HEIGHT_MAX, HEIGHT_MIN } from './share-links';
import { useStrings } from './useStrings';
import './share-builder.css';

export function ShareBuilder({
  rows,
  onRows,
  choice,
  onChoice,
}: {
  rows: readonly PanelRow[];
  onRows: (rows: PanelRow[]) => void;
  choice: EmbedChoice;
  onChoice: (c: EmbedChoice) => void;
}) {
  const t = useStrings();
  const b = t.shareBuilder;
  const fit = choice.height === 'fit';
  const onCount = rows.filter((r) => r.on).length;
  return (
    <div className="share-builder" data-testid="share-builder">
      <fieldset className="share-panels">
        <legend className="control-label">{b.panels}</legend>
        <ol>
          {rows.map((r, i) => {
            const name = panelName(t, r.panel);
            return (
              <li key={r.panel} data-panel={r.panel}>
                <label>
                  <input
                    type="checkbox"
                    checked={r.on}
                    // The last panel on stays on: an embed of nothing is no embed.
                    disabled={r.on && onCount === 1}
                    data-testid={`share-panel-${r.panel}`}
                    onChange={() => onRows(rows.map((x, k) => (k === i ? { ...x, on: !x.on } : x)))}
                  />
                  {name}
                </label>
                <span className="share-move">
                  <button type="button" className="step" aria-label={`${name}: ${b.up}`} disabled={i === 0} data-testid={`share-up-${r.panel}`} onClick={() => onRows(move(rows, i, -1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="step"
                    aria-label={`${name}: ${b.down}`}
                    disabled={i === rows.length - 1}
                    data-testid={`share-down-${r.panel}`}
                    onClick={() => onRows(move(rows, i, 1))}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      </fieldset>
      <div className="share-options">
        <fieldset>
          <legend className="control-label">{b.height}</legend>
          <label>
            <input type="radio" name="share-height" checked={!fit} data-testid="share-height-fixed" onChange={() => onChoice({ ...choice, height: DEFAULT_HEIGHT })} />
            {b.fixed}
          </label>
          <label className="share-px">
            <span className="visually-hidden">{b.heightPx}</span>
            <input
              type="number"
              min={HEIGHT_MIN}
              max={HEIGHT_MAX}
              step={20}
              disabled={fit}
              value={fit ? DEFAULT_HEIGHT : choice.height}
              data-testid="share-height"
              onChange={(e) => {
                const n = Math.round(Number(e.target.value));
                if (Number.isFinite(n)) onChoice({ ...choice, height: Math.min(HEIGHT_MAX, Math.max(HEIGHT_MIN, n)) });
              }}
            />{' '}
            px
          </label>
          <label>
            <input type="radio" name="share-height" checked={fit} data-testid="share-height-fit" onChange={() => onChoice({ ...choice, height: 'fit' })} />
            {b.fit}
          </label>
        </fieldset>
        <fieldset>
          <legend className="control-label">{t.language}</legend>
          {LANGS.map((l) => (
            <label key={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
              <input type="radio" name="share-lang" checked={choice.lang === l} data-testid={`share-lang-${l}`} onChange={() => onChoice({ ...choice, lang: l })} />
              {l === 'zh' ? '中文' : 'English'}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="control-label">{b.start}</legend>
          <label>
            <input type="radio" name="share-start" checked={!choice.autoplay} data-testid="share-start-paused" onChange={() => onChoice({ ...choice, autoplay: false })} />
            {b.paused}
          </label>
          <label>
            <input type="radio" name="share-start" checked={choice.autoplay} data-testid="share-start-autoplay" onChange={() => onChoice({ ...choice, autoplay: true })} />
            {b.autoplay}
          </label>
        </fieldset>
        <label className="share-size">
          <input
            type="checkbox"
            checked={choice.size === 'large'}
            data-testid="share-size"
            onChange={() => onChoice({ ...choice, size: choice.size === 'large' ? 'normal' : 'large' })}
          />
          {t.projector}
        </label>
      </div>
    </div>
  );
}
