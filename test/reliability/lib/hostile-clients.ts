/**
 * The fair-share drill's hostile clients in a process of their own:
 *   node --import tsx test/reliability/lib/hostile-clients.ts <url> <clients> <seconds> <pauseAfter429Ms>
 * prints one JSON line, every answer. Apart from the measuring process, so the search client's
 * latency is the server's answer time and not the time its callbacks wait behind 48 busy loops
 * in the same event loop (a user's browser does not share an attacker's process).
 */
import { timedGet, type Answer } from './hostile-paths.ts';

async function loop(url: string, until: number, pauseAfter429: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  while (Date.now() < until) {
    const a = await timedGet(url);
    answers.push(a);
    if (a.status === 429 && pauseAfter429 > 0) await new Promise((ok) => setTimeout(ok, pauseAfter429));
  }
  return answers;
}

const [url, clients, seconds, pause] = process.argv.slice(2);
if (!url) throw new Error('usage: hostile-clients.ts <url> <clients> <seconds> <pauseAfter429Ms>');
const until = Date.now() + Number(seconds) * 1000;
const all = await Promise.all(Array.from({ length: Number(clients) }, () => loop(url, until, Number(pause ?? 0))));
process.stdout.write(JSON.stringify(all.flat()) + '\n');
