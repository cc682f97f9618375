/**
 * The live timeline outside React: owns the canvas, the d3 zoom behaviour,
 * hover and click, and draws at most once a frame through the page's one
 * frame owner (store/ticker). React only mounts the elements and the toolbar.
 *
 * Coordinate spaces: "box" px are relative to the timeline element; the
 * drawing area ("plot") starts at `layout.labelW`; time is simulated seconds.
 */
import * as d3 from 'd3';
import { timelineStrings } from '../../i18n/timeline-strings';
import { strings } from '../../i18n/strings';
import { type Flow, causalFlows, flowsTouching } from '../../trace/causality';
import { shownValues, type ValueTrack } from '../../trace/model';
import { currentSimTime, useLab } from '../../store/lab-store';
import { onNextFrame } from '../../store/ticker';
import { type Hit, hitTest } from './hit';
import { type Layout, makeLayout, plotWidth } from './layout';
import { type AlertMark, placeAlerts, placeTasks } from './overlays';
import { Overview } from './overview';
import { CanvasPainter } from './painter';
import { paintLanes } from './paint';
import { paintValues } from './paint-values';
import { type Colors, type Scene, readColors } from './scene';
import { useSelection } from './selection';
import { syncNames, showTip, hideTip } from './dom';
import { tipFor } from './tooltip';
import { type TimeView, centreOn, clampView, fitView, liveView, panBy, zoomAt } from './view';

export interface TimelineEls {
  box: HTMLDivElement;
  canvas: HTMLCanvasElement;
  overview: HTMLCanvasElement;
  axis: SVGSVGElement;
  names: HTMLDivElement;
  alerts: HTMLDivElement;
  tasks: HTMLDivElement;
  tooltip: HTMLDivElement;
}

/** Value tracks drawn at most: a few watched globals, not every variable. */
const MAX_TRACKS = 3;

export class TimelineController {
  view: TimeView = fitView(0);
  allArrows = false;
  /** Told when `follow` flips, so the toolbar can show or hide its button. */
  onFollow: ((follow: boolean) => void) | null = null;

  private readonly zoom: d3.ZoomBehavior<HTMLDivElement, unknown>;
  private readonly painter: CanvasPainter;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly octx: CanvasRenderingContext2D | null;
  private readonly overviewStrip = new Overview();
  private readonly offs: (() => void)[] = [];
  private cancelFrame: (() => void) | null = null;
  private base = d3.scaleLinear();
  private syncing = false;
  private layout: Layout = makeLayout('normal', [], 0);
  private layoutKey = '';
  private boxW = 0;
  private dpr = 1;
  private colors: Colors;
  private hover: Hit | null = null;
  /** The pointer in viewport px (the tooltip is fixed, so the panel never clips it). */
  private pointer: { x: number; y: number } | null = null;
  private alertsKey = '';
  private alerts: AlertMark[] = [];
  private flowsKey = -1;
  private flows: Flow[] = [];
  private readonly scene: Scene;
  private lastFollow = true;
  /** Called with the lane index when a lane's row (or its name) is clicked; null: lanes are not clickable. */
  onLaneClick: ((lane: number) => void) | null = null;
  /** What the axis's ticks count, after the number: seconds by default ('' for a plain count). */
  axisUnit = 's';

  constructor(private readonly els: TimelineEls) {
    const ctx = els.canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    this.ctx = ctx;
    this.octx = els.overview.getContext('2d');
    this.painter = new CanvasPainter(ctx);
    this.colors = readColors(els.box);
    const s = useLab.getState();
    this.scene = {
      trace: s.trace,
      view: this.view,
      layout: this.layout,
      width: 10,
      now: 0,
      colors: this.colors,
      lineLabel: timelineStrings[s.lang].line,
      selected: null,
      hovered: null,
      focus: null,
      flows: [],
    };

    this.zoom = d3
      .zoom<HTMLDivElement, unknown>()
      .scaleExtent([1e-6, 1e12])
      // Double-click fits (below) instead of zooming in; only the main button drags.
      .filter((ev: Event) => ev.type !== 'dblclick' && !(ev as MouseEvent).button)
      .constrain((t) => this.constrain(t))
      .on('zoom', (ev: d3.D3ZoomEvent<HTMLDivElement, unknown>) => this.onZoom(ev.transform));
    const sel = d3.select(els.box);
    sel.call(this.zoom).on('dblclick.zoom', null);

    const on = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void) => {
      el.addEventListener(type, fn);
      this.offs.push(() => el.removeEventListener(type, fn));
    };
    on(els.box, 'dblclick', () => this.fit());
    on(els.box, 'pointermove', (e) => this.onPointer(e));
    on(els.box, 'pointerleave', () => {
      this.pointer = null;
      this.setHover(null);
    });
    on(els.box, 'click', (e) => this.onClick(e));
    on(els.box, 'keydown', (e) => this.onKey(e));
    on(els.overview as unknown as HTMLElement, 'pointerdown', (e) => this.onOverview(e));

    this.offs.push(
      useLab.subscribe((st, prev) => {
        if (st.trace !== prev.trace) {
          this.view = fitView(0);
          this.hover = null;
          hideTip(els.tooltip);
          useSelection.getState().clear();
        }
        if (st.traceVersion !== prev.traceVersion || st.status !== prev.status || st.lang !== prev.lang || st.size !== prev.size) this.invalidate();
      }),
    );
    this.offs.push(
      useSelection.subscribe((st, prev) => {
        if (st.focus !== prev.focus && st.focus) this.setView(centreOn(this.view.follow ? this.zoomedForFocus() : this.view, st.focus.t, this.end()));
        this.invalidate();
      }),
    );
    const ro = new ResizeObserver(() => this.invalidate());
    ro.observe(els.box);
    this.offs.push(() => ro.disconnect());
    const mq = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    const onTheme = () => {
      this.colors = readColors(els.box);
      this.invalidate();
    };
    mq?.addEventListener('change', onTheme);
    this.offs.push(() => mq?.removeEventListener('change', onTheme));
    this.invalidate();
  }

  dispose(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
    for (const off of this.offs) off();
    d3.select(this.els.box).on('.zoom', null);
  }

  invalidate(): void {
    if (this.cancelFrame === null) this.cancelFrame = onNextFrame((ms) => this.frame(ms));
  }

  // ------------------------------------------------------------ moves

  private end(): number {
    return Math.max(currentSimTime(), useLab.getState().trace.end, 0);
  }

  /** Centring on a console moment from the whole-run view first zooms to a tenth of it. */
  private zoomedForFocus(): TimeView {
    const v = fitView(this.end());
    return { t0: 0, t1: v.t1 / 10, follow: false };
  }

  setView(v: TimeView): void {
    this.view = v;
    this.syncZoom();
    this.invalidate();
  }

  fit(): void {
    this.setView(fitView(this.end()));
  }

  zoomBy(factor: number): void {
    const v = liveView(this.view, this.end());
    this.setView(zoomAt(v, factor, (v.t0 + v.t1) / 2, this.end()));
  }

  panBy(fraction: number): void {
    const v = liveView(this.view, this.end());
    this.setView(panBy(v, (v.t1 - v.t0) * fraction, this.end()));
  }

  setArrows(all: boolean): void {
    this.allArrows = all;
    this.invalidate();
  }

  /** What the screen last drew, for the SVG/PNG exports. */
  still(): { scene: Scene; tracks: ValueTrack[]; alerts: AlertMark[]; boxW: number } {
    return { scene: this.scene, tracks: shownValues(useLab.getState().trace).slice(0, MAX_TRACKS), alerts: this.alerts, boxW: this.boxW };
  }

  private transformFor(v: TimeView): d3.ZoomTransform {
    const [L, R] = this.base.range() as [number, number];
    const B = this.base.domain()[1] ?? 1;
    const k = B / Math.max(1e-12, v.t1 - v.t0);
    const tx = L - k * (L + (v.t0 * (R - L)) / B);
    return d3.zoomIdentity.translate(tx, 0).scale(k);
  }

  private viewFor(t: d3.ZoomTransform): [number, number] {
    const d = t.rescaleX(this.base).domain();
    return [d[0] ?? 0, d[1] ?? 1];
  }

  private constrain(t: d3.ZoomTransform): d3.ZoomTransform {
    if (this.syncing) return t;
    const [a, b] = this.viewFor(t);
    const [c, d] = clampView(a, b, this.end());
    return c === a && d === b ? t : this.transformFor({ t0: c, t1: d, follow: false });
  }

  private onZoom(t: d3.ZoomTransform): void {
    if (this.syncing) return;
    const [a, b] = this.viewFor(t);
    this.view = { t0: a, t1: b, follow: false };
    this.setHover(null);
    this.invalidate();
  }

  /** Tells d3 where the view is after a move that did not come from it. */
  private syncZoom(): void {
    const L = this.layout.labelW;
    const W = plotWidth(this.layout, this.boxW);
    const v = this.view;
    this.base = d3.scaleLinear().domain([0, Math.max(1e-9, fitView(this.end()).t1)]).range([L, L + W]);
    this.syncing = true;
    try {
      this.zoom.transform(d3.select(this.els.box), this.transformFor(v));
    } finally {
      this.syncing = false;
    }
  }

  private plotX(e: MouseEvent): { px: number; y: number } {
    const r = this.els.box.getBoundingClientRect();
    return { px: e.clientX - r.left - this.layout.labelW, y: e.clientY - r.top };
  }

  private hitAt(px: number, y: number): Hit | null {
    const s = useLab.getState();
    return hitTest(s.trace, this.layout, liveView(this.view, this.end()), plotWidth(this.layout, this.boxW), this.end(), px, y);
  }

  private onPointer(e: PointerEvent): void {
    if (e.buttons) return;
    const { px, y } = this.plotX(e);
    this.pointer = { x: e.clientX, y: e.clientY };
    this.setHover(this.hitAt(px, y));
  }

  private setHover(hit: Hit | null): void {
    const same = hit && this.hover && hit.kind === this.hover.kind && JSON.stringify(hit) === JSON.stringify(this.hover);
    if (same) return;
    this.hover = hit;
    const s = useLab.getState();
    const spec = s.scenario.runSpec(s.params);
    if (!hit || !this.pointer) hideTip(this.els.tooltip);
    else {
      const names = { locks: s.trace.lockNames ?? [...spec.lockNames, ...Array.from({ length: 16 }, () => 'GIL')], queues: s.trace.queueNames ?? (spec.queues ?? []).map((q) => q.name) };
      const tip = tipFor(hit, s.trace, this.end(), names, strings[s.lang], timelineStrings[s.lang]);
      if (tip) showTip(this.els.tooltip, tip, this.pointer.x, this.pointer.y);
      else hideTip(this.els.tooltip);
    }
    this.invalidate();
  }

  private onClick(e: MouseEvent): void {
    const { px, y } = this.plotX(e);
    const row = Math.floor((y - this.layout.top) / (this.layout.laneH + this.layout.gap));
    if (this.onLaneClick && y >= this.layout.top && row < useLab.getState().trace.lanes.length) this.onLaneClick(row);
    const hit = this.hitAt(px, y);
    const sel = useSelection.getState();
    if (!hit || hit.kind !== 'span') {
      if (px >= 0) sel.select(null);
      return;
    }
    const span = useLab.getState().trace.lanes[hit.worker]?.spans[hit.index];
    if (span) sel.select({ worker: hit.worker, index: hit.index, line: span.line, t0: span.start, t1: span.end });
  }

  private onKey(e: KeyboardEvent): void {
    const moves: Record<string, () => void> = {
      '+': () => this.zoomBy(1.5),
      '=': () => this.zoomBy(1.5),
      '-': () => this.zoomBy(1 / 1.5),
      _: () => this.zoomBy(1 / 1.5),
      ArrowLeft: () => this.panBy(-0.15),
      ArrowRight: () => this.panBy(0.15),
      '0': () => this.fit(),
      Escape: () => useSelection.getState().clear(),
    };
    const move = moves[e.key];
    if (!move || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    move();
  }

  private onOverview(e: PointerEvent): void {
    const el = this.els.overview;
    const pick = (ev: PointerEvent) => {
      const r = el.getBoundingClientRect();
      const t = ((ev.clientX - r.left) / Math.max(1, r.width)) * this.overviewStrip.extent;
      const v = liveView(this.view, this.end());
      const base = v.follow ? this.zoomedForFocus() : v;
      this.setView(centreOn(base, t, this.end()));
    };
    pick(e);
    el.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => pick(ev);
    const up = () => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
  }

  // ------------------------------------------------------------ drawing

  private frame(wallMs: number): void {
    this.cancelFrame = null;
    const s = useLab.getState();
    const trace = s.trace;
    const now = this.end();
    const lang = s.lang;

    const tracks = shownValues(trace).slice(0, MAX_TRACKS);
    const key = `${s.size}|${tracks.length}|${trace.lanes.map((l) => l.name).join('\u0001')}`;
    const boxW = this.els.box.clientWidth;
    const dpr = Math.max(1, Math.min(3, globalThis.devicePixelRatio || 1));
    const resized = key !== this.layoutKey || boxW !== this.boxW || dpr !== this.dpr;
    if (resized) {
      this.layoutKey = key;
      this.layout = makeLayout(s.size, trace.lanes.map((l) => l.name), tracks.length);
      this.boxW = boxW;
      this.dpr = dpr;
      const c = this.els.canvas;
      c.width = Math.round(boxW * dpr);
      c.height = Math.round(this.layout.height * dpr);
      c.style.width = `${boxW}px`;
      c.style.height = `${this.layout.height}px`;
      this.els.box.style.height = `${this.layout.height}px`;
      this.els.box.style.setProperty('--tl-font', `${this.layout.fontPx}px`);
      this.colors = readColors(this.els.box);
    }
    const layout = this.layout;
    const W = plotWidth(layout, boxW);
    const view = liveView(this.view, now);
    if (this.view.follow) this.view = view;
    if (resized || this.view.follow) this.syncZoom();
    if (this.view.follow !== this.lastFollow) {
      this.lastFollow = this.view.follow;
      this.onFollow?.(this.view.follow);
    }

    // Alerts and flows change only with the trace: computed once per version, not per frame.
    const aKey = `${s.traceVersion}|${lang}`;
    if (aKey !== this.alertsKey) {
      this.alertsKey = aKey;
      const vmAlerts = s.scenario.vm?.alerts && s.vmFacts ? s.scenario.vm.alerts(s.vmFacts) : null;
      this.alerts = (vmAlerts ?? s.scenario.alerts?.(trace, s.params) ?? []).map((a) => ({ t: a.t, worker: a.worker, label: a.label[lang] }));
    }
    const wantFlows = this.allArrows || (this.hover?.kind === 'span');
    if (wantFlows && this.flowsKey !== s.traceVersion) {
      this.flowsKey = s.traceVersion;
      this.flows = causalFlows(trace);
    }
    let flows: readonly Flow[] = [];
    if (this.allArrows) flows = this.flows;
    else if (this.hover?.kind === 'span') {
      const sp = trace.lanes[this.hover.worker]?.spans[this.hover.index];
      if (sp) flows = flowsTouching(this.flows, this.hover.worker, sp.start, Number.isNaN(sp.end) ? now : sp.end);
    }

    const sel = useSelection.getState();
    const sc = this.scene;
    sc.trace = trace;
    sc.view = view;
    sc.layout = layout;
    sc.width = W;
    sc.now = now;
    sc.colors = this.colors;
    sc.lineLabel = timelineStrings[lang].line;
    sc.selected = sel.selected;
    sc.hovered = this.hover?.kind === 'span' ? this.hover : null;
    sc.focus = sel.focus;
    sc.flows = flows;

    const ctx = this.ctx;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, boxW, layout.height);
    ctx.save();
    ctx.translate(layout.labelW, 0);
    ctx.beginPath();
    // Room above the first lane for the lock bars; the clip keeps culled edges clean.
    ctx.rect(-3, 0, W + 6, layout.height);
    ctx.clip();
    paintLanes(this.painter, sc);
    paintValues(this.painter, sc, tracks);
    ctx.restore();

    this.drawOverview(view, now, wallMs);
    this.drawAxis(view, W);
    placeAlerts(this.els.alerts, this.alerts, layout, view, W);
    placeTasks(this.els.tasks, trace, layout, view, W, now);
    syncNames(this.els.names, trace, tracks, layout, strings[lang].legend.holding);
    const box = this.els.box.dataset;
    box.t0 = view.t0.toFixed(6);
    box.t1 = view.t1.toFixed(6);
    box.follow = String(view.follow);
    box.arrows = String(flows.length);
    if (s.status === 'running') this.invalidate();
  }

  private drawOverview(view: TimeView, now: number, wallMs: number): void {
    const c = this.els.overview;
    const g = this.octx;
    if (!g) return;
    const w = c.clientWidth;
    const h = c.clientHeight;
    if (c.width !== Math.round(w * this.dpr) || c.height !== Math.round(h * this.dpr)) {
      c.width = Math.round(w * this.dpr);
      c.height = Math.round(h * this.dpr);
    }
    g.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    this.overviewStrip.draw(g, useLab.getState().trace, view, now, w, h, this.colors, wallMs);
  }

  private drawAxis(view: TimeView, W: number): void {
    const layout = this.layout;
    const x = d3.scaleLinear().domain([view.t0, view.t1]).range([0, W]);
    const svg = d3.select(this.els.axis).attr('width', this.boxW).attr('height', layout.axisH).style('top', `${layout.height - layout.axisH}px`);
    const fmt = d3.format('~g');
    const axis = d3
      .axisBottom(x)
      .ticks(Math.max(2, Math.floor(W / (layout.size === 'large' ? 130 : 90))))
      .tickFormat((v) => `${fmt(Number(v))}${this.axisUnit}`);
    svg
      .selectAll<SVGGElement, null>('g.axis')
      .data([null])
      .join('g')
      .attr('class', 'axis')
      .attr('transform', `translate(${layout.labelW},4)`)
      .call(axis);
  }
}

