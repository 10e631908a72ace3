/**
 * `npm run dev`: the API (as `npm start` runs it) plus Vite's dev server with hot reload,
 * which proxies /api to the API. Open the address Vite prints.
 */
import { spawn } from 'node:child_process';

const api = spawn('npx', ['tsx', 'scripts/start.ts'], { stdio: 'inherit', env: { ...process.env, PORT: process.env.PORT ?? '3000' } });
const vite = spawn('npx', ['vite', '--host', '127.0.0.1'], { stdio: 'inherit' });
const stop = () => {
  api.kill('SIGTERM');
  vite.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const child of [api, vite])
  child.once('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
