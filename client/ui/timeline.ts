/**
 * The timeline: a slider over the years the data's own dates span (the overview finds them)
 * that shows the graph as of a month, using each relationship's validFrom/validTo and each
 * Event's startDate. Play animates it. A database without dates has no timeline.
 */
import type { Explorer } from '../explorer.ts';
import { h, replaceChildren } from './dom.ts';

/** What the timeline changes: only these, not the whole Explorer. */
export type TimelineScene = Pick<Explorer, 'settings'>;

/** The years a timeline spans. */
export interface YearRange {
  first: number;
  last: number;
}

const months = (r: YearRange) => (r.last - r.first + 1) * 12;

/** Slider step → last day of that month (YYYY-MM-DD). */
export function stepToDate(step: number, r: YearRange): string {
  const year = r.first + Math.floor(step / 12);
  const month = (step % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export function dateToStep(date: string, r: YearRange): number {
  const [y = r.first, m = 1] = date.split('-').map(Number);
  return Math.max(0, Math.min(months(r) - 1, (y - r.first) * 12 + (m - 1)));
}

/** Round years inside the range (every 1, 2, 5, 10 … years, at most seven), each drawn where it falls on the slider. */
export function ticksOf(r: YearRange): number[] {
  const span = r.last - r.first;
  const every = [1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000].find((s) => span / s <= 6) ?? Math.ceil(span / 6);
  const ticks: number[] = [];
  for (let y = Math.ceil(r.first / every) * every; y <= r.last; y += every) ticks.push(y);
  return ticks;
}

/** Where January of a year sits on the slider, 0 (its first month) to 1 (its last). */
export function tickPosition(year: number, r: YearRange): number {
  return Math.max(0, Math.min(1, ((year - r.first) * 12) / Math.max(1, months(r) - 1)));
}

export function mountTimeline(root: HTMLElement, explorer: TimelineScene, dates: Promise<{ from: string; to: string } | null>): void {
  root.hidden = true;
  void dates.then((d) => {
    const first = d ? Number(d.from.slice(0, 4)) : NaN;
    const last = d ? Number(d.to.slice(0, 4)) : NaN;
    // No dates in the data: nothing to filter by, so no slider pretending otherwise.
    if (!Number.isInteger(first) || !Number.isInteger(last) || last < first) return;
    root.hidden = false;
    mountSlider(root, explorer, { first, last });
  });
}

function mountSlider(root: HTMLElement, explorer: TimelineScene, range: YearRange): void {
  const { settings } = explorer;
  const MONTHS = months(range);
  const stepToDay = (step: number) => stepToDate(step, range);
  const toggle = h('input', { type: 'checkbox', id: 'timeline-on' });
  const slider = h('input', {
    type: 'range',
    id: 'timeline-slider',
    min: 0,
    max: MONTHS - 1,
    step: 1,
    value: MONTHS - 1,
    disabled: true,
    'aria-label': 'Show the graph as of',
  });
  const output = h('output', { for: 'timeline-slider', class: 'timeline-date' }, 'All periods');
  const play = h(
    'button',
    { type: 'button', class: 'btn small', id: 'timeline-play', 'aria-label': `Play the timeline from ${range.first}` },
    '▶ Play',
  );
  let timer: number | undefined;

  const stop = () => {
    window.clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
  };
  const sync = () => {
    const asOf = settings.get().asOf;
    toggle.checked = asOf !== null;
    slider.disabled = asOf === null;
    if (asOf) slider.value = String(dateToStep(asOf, range));
    output.textContent = asOf ? `As of ${asOf.slice(0, 7)}` : 'All periods';
    slider.setAttribute('aria-valuetext', output.textContent);
  };
  toggle.addEventListener('change', () => {
    stop();
    settings.set({ asOf: toggle.checked ? stepToDay(Number(slider.value)) : null });
  });
  slider.addEventListener('input', () => settings.set({ asOf: stepToDay(Number(slider.value)) }));
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    let step = settings.get().asOf && Number(slider.value) < MONTHS - 1 ? Number(slider.value) : 0;
    play.textContent = '❚❚ Pause';
    settings.set({ asOf: stepToDay(step) });
    timer = window.setInterval(() => {
      step += 3;
      if (step >= MONTHS) return stop();
      settings.set({ asOf: stepToDay(step) });
    }, 120);
  });
  settings.subscribe((s, p) => {
    if (s.asOf !== p.asOf) sync();
  });
  // Each tick at its own year: the slider's thumb travels its width less the thumb (16 px).
  const ticks = h(
    'div',
    { class: 'timeline-ticks', 'aria-hidden': 'true' },
    ...ticksOf(range).map((y) =>
      h('span', { 'data-year': y, style: `left:calc(8px + (100% - 16px) * ${tickPosition(y, range).toFixed(4)})` }, String(y)),
    ),
  );
  replaceChildren(
    root,
    h('label', { class: 'toggle', for: 'timeline-on' }, toggle, 'Time filter'),
    play,
    h('div', { class: 'timeline-track' }, slider, ticks),
    output,
  );
  sync();
}
