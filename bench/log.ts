/** Progress as structured log lines (the app's own pino logger), one child per phase. */
import { createLogger, type Logger } from '../server/logger.ts';

export const benchLog: Logger = createLogger(process.env.BENCH_LOG_LEVEL ?? 'info').child({ component: 'bench' });
