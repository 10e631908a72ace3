/** Messages and progress: one live region for status and errors, one bar for work under way. */
import { describeError, isAbort } from '../api/api-error.ts';
import { byId, h, replaceChildren } from './dom.ts';

export type Tone = 'info' | 'success' | 'error';

export class Notifier {
  private pending = 0;
  private timer: number | undefined;
  private readonly status = byId('status');
  private readonly progress = byId('progress');

  /** Shows a message; errors stay until dismissed, others fade after a few seconds. */
  show(message: string, tone: Tone = 'info'): void {
    window.clearTimeout(this.timer);
    const close = h(
      'button',
      { class: 'status-close', type: 'button', 'aria-label': 'Dismiss message', on: { click: () => this.clear() } },
      '×',
    );
    replaceChildren(this.status, h('span', { class: `status-text ${tone}` }, message), close);
    this.status.dataset.tone = tone;
    this.status.hidden = false;
    if (tone !== 'error') this.timer = window.setTimeout(() => this.clear(), 6000);
  }

  /** Explains a failure; a cancelled request is no failure and says nothing. */
  error(e: unknown, doing?: string): void {
    if (isAbort(e)) return;
    this.show(doing ? `${doing} failed: ${describeError(e)}` : describeError(e), 'error');
  }

  /** Takes away a message about the scene being left (Back, Forward, a pasted link); an error stays until dismissed. */
  clearNotice(): void {
    if (this.status.dataset.tone !== 'error') this.clear();
  }

  clear(): void {
    window.clearTimeout(this.timer);
    this.status.hidden = true;
    replaceChildren(this.status);
  }

  /** Runs a task with the progress bar showing and `label` announced; errors are reported, not thrown. */
  async busy<T>(label: string, task: () => Promise<T>): Promise<T | undefined> {
    this.pending++;
    this.render(label);
    try {
      return await task();
    } catch (e) {
      this.error(e, label.replace(/…$/, ''));
      return undefined;
    } finally {
      this.pending--;
      this.render(label);
    }
  }

  private render(label: string): void {
    const on = this.pending > 0;
    this.progress.hidden = !on;
    this.progress.setAttribute('aria-label', on ? label : '');
    document.body.toggleAttribute('data-busy', on);
  }
}
