import { isEdited, useLab } from '../store/lab-store';
import type { ParamSpec } from '../scenarios/scenario';
import { RunButtons } from './RunButtons';
import { useStrings } from './useStrings';
import { SPEED_INSTANT } from '../speed';
import { RUN_OPTION_KEYS } from '../scenarios/free-threaded';

// The last stop is `max`: every jump of the clock at once.
const SPEEDS = [0.25, 0.5, 1, 2, 4, 10, 25, 50, 100, 250, 500, 1000, SPEED_INSTANT] as const;

function nearestSpeedIndex(speed: number): number {
  if (speed === SPEED_INSTANT) return SPEEDS.length - 1;
  let best = 0;
  SPEEDS.forEach((s, i) => {
    if (Math.abs(Math.log(s / speed)) < Math.abs(Math.log((SPEEDS[best] ?? 1) / speed))) best = i;
  });
  return best;
}

function ParamControl({ spec, off }: { spec: ParamSpec; off: boolean }) {
  const lang = useLab((s) => s.lang);
  const value = useLab((s) => s.params[spec.key]);
  const setParam = useLab((s) => s.setParam);
  const t = useStrings();
  const id = `param-${spec.key}`;

  switch (spec.kind) {
    case 'bool': {
      const on = value === true;
      return (
        <div className="control control-switch">
          <span className="control-label" id={`${id}-label`}>
            {spec.label[lang]}
          </span>
          <button
            type="button"
            role="switch"
            aria-checked={on}
            aria-labelledby={`${id}-label`}
            className={`switch ${on ? 'is-on' : ''}`}
            data-testid={`${spec.key}-toggle`}
            disabled={off}
            onClick={() => setParam(spec.key, !on)}
          >
            <span className="switch-thumb" aria-hidden="true" />
            <span className="switch-text">{on ? t.lockOn : t.lockOff}</span>
          </button>
        </div>
      );
    }
    case 'int':
    case 'number': {
      const n = typeof value === 'number' ? value : spec.default;
      // Whole numbers also get −/+ steppers: a slider alone is fiddly for "one more thread".
      const whole = spec.kind === 'int';
      const slider = (
        <input
          id={id}
          data-testid={id}
          type="range"
          min={spec.min}
          max={spec.max}
          step={whole ? 1 : spec.step}
          value={n}
          disabled={off}
          aria-describedby={off ? `${id}-off` : undefined}
          onChange={(e) => setParam(spec.key, Number(e.target.value))}
        />
      );
      return (
        <div className="control control-int">
          <label className="control-label" htmlFor={id}>
            {spec.label[lang]}{' '}
            <output htmlFor={id}>
              {n}
              {spec.kind === 'number' ? (spec.unit ?? '') : ''}
            </output>
          </label>
          {off ? (
            <span className="control-hint" id={`${id}-off`}>
              {t.paramOff}
            </span>
          ) : null}
          {whole ? (
            <div className="int-row">
              <button type="button" className="step" aria-label={`${spec.label[lang]} −1`} disabled={off || n <= spec.min} onClick={() => setParam(spec.key, n - 1)}>
                −
              </button>
              {slider}
              <button type="button" className="step" aria-label={`${spec.label[lang]} +1`} disabled={off || n >= spec.max} onClick={() => setParam(spec.key, n + 1)}>
                +
              </button>
            </div>
          ) : (
            slider
          )}
        </div>
      );
    }
    case 'enum':
      return (
        <fieldset className="control control-enum" data-testid={id}>
          <legend className="control-label">{spec.label[lang]}</legend>
          <div className="segmented">
            {spec.options.map((o) => (
              <label key={o} className={value === o ? 'is-on' : ''}>
                <input type="radio" name={id} value={o} checked={value === o} disabled={off} onChange={() => setParam(spec.key, o)} data-testid={`${id}-${o}`} />
                <span>{spec.optionLabels[o]?.[lang] ?? o}</span>
              </label>
            ))}
          </div>
        </fieldset>
      );
  }
}

export function Controls() {
  const t = useStrings();
  const scenario = useLab((s) => s.scenario);
  const lang = useLab((s) => s.lang);
  const params = useLab((s) => s.params);
  // The student's own text: only the controls the scenario can write into it stay on (Back to the lesson brings the rest back).
  const edited = useLab((s) => isEdited(s));
  const inactive = new Set([...(scenario.inactiveParams?.(params) ?? []), ...(edited ? scenario.params.map((p) => p.key).filter((k) => !scenario.vm?.rebinds?.includes(k) && !RUN_OPTION_KEYS.has(k)) : [])]);
  const speed = useLab((s) => s.speed);
  const speedLabel = speed === SPEED_INSTANT ? t.speedMax : `${speed}×`;
  const { setSpeed } = useLab.getState();

  return (
    <div className="controls">
      <h2 className="visually-hidden" id="controls-title">
        {t.controls}
      </h2>
      {scenario.intro ? (
        <p className="scenario-intro" data-testid="scenario-intro">
          {scenario.intro(params)[lang]}
        </p>
      ) : null}
      <RunButtons />
      <div className="control-params">
        {scenario.params.map((spec) => (
          <ParamControl key={spec.key} spec={spec} off={inactive.has(spec.key)} />
        ))}
        <div className="control control-int">
          <label className="control-label" htmlFor="param-speed">
            {t.speed} <output htmlFor="param-speed">{speedLabel}</output>
          </label>
          <input
            id="param-speed"
            data-testid="param-speed"
            type="range"
            min={0}
            max={SPEEDS.length - 1}
            step={1}
            value={nearestSpeedIndex(speed)}
            aria-valuetext={`${speedLabel} — ${t.speedHint}`}
            onChange={(e) => setSpeed(SPEEDS[Number(e.target.value)] ?? speed)}
          />
          <span className="control-hint">{t.speedHint}</span>
        </div>
      </div>
    </div>
  );
}
