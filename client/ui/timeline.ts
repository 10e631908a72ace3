/**
 * The timeline: a slider from 1992 to 2022 that shows the graph as of a month, using each
 * relationship's validFrom/validTo and each Event's startDate. Play animates it.
 */
import type { Explorer } from '../explorer.ts';
import { h, replaceChildren } from './dom.ts';

/** What the timeline changes: only these, not the whole Explorer. */
export type TimelineScene = Pick<Explorer, 'settings'>;

const FIRST_YEAR = 1992;
const LAST_YEAR = 2022;
const MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12;

/** Slider step → last day of that month (YYYY-MM-DD). */
export function stepToDate(step: number): string {
  const year = FIRST_YEAR + Math.floor(step / 12);
  const month = (step % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export function dateToStep(date: string): number {
  const [y = FIRST_YEAR, m = 1] = date.split('-').map(Number);
  return Math.max(0, Math.min(MONTHS - 1, (y - FIRST_YEAR) * 12 + (m - 1)));
}

export function mountTimeline(root: HTMLElement, explorer: TimelineScene): void {
  const { settings } = explorer;
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
    { type: 'button', class: 'btn small', id: 'timeline-play', 'aria-label': 'Play the timeline from 1992' },
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
    if (asOf) slider.value = String(dateToStep(asOf));
    output.textContent = asOf ? `As of ${asOf.slice(0, 7)}` : 'All periods';
    slider.setAttribute('aria-valuetext', output.textContent);
  };
  toggle.addEventListener('change', () => {
    stop();
    settings.set({ asOf: toggle.checked ? stepToDate(Number(slider.value)) : null });
  });
  slider.addEventListener('input', () => settings.set({ asOf: stepToDate(Number(slider.value)) }));
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    let step = settings.get().asOf && Number(slider.value) < MONTHS - 1 ? Number(slider.value) : 0;
    play.textContent = '❚❚ Pause';
    settings.set({ asOf: stepToDate(step) });
    timer = window.setInterval(() => {
      step += 3;
      if (step >= MONTHS) return stop();
      settings.set({ asOf: stepToDate(step) });
    }, 120);
  });
  settings.subscribe((s, p) => {
    if (s.asOf !== p.asOf) sync();
  });
  const ticks = h(
    'div',
    { class: 'timeline-ticks', 'aria-hidden': 'true' },
    ...[1992, 1999, 2006, 2013, 2022].map((y) => h('span', {}, String(y))),
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
