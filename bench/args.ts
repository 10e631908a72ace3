/** Command-line flags of `npm run bench`. */
import { parseSize } from './generate.ts';

export const PHASES = ['load', 'api', 'growth', 'render', 'profile', 'seed'] as const;
export type Phase = (typeof PHASES)[number];

export interface BenchArgs {
  sizes: number[];
  quick: boolean;
  only: Set<Phase>;
  /** Scene sizes of the render phase instead of the settings' (e.g. --scenes=5k,20k while working on one). */
  scenes?: number[];
  /** --no-webgl: leave out the software-WebGL runs (slow; the canvas is what the page uses there). */
  webgl: boolean;
}

/** The value of `--name=value` among this process's arguments (the single-purpose bench tools' flags). */
export const flagValue = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

export function parseArgs(argv: string[]): BenchArgs {
  let sizes = ['10k', '100k'];
  let quick = false;
  let only = new Set<Phase>(PHASES);
  let scenes: number[] | undefined;
  let webgl = true;
  for (const arg of argv) {
    const [flag, value = ''] = arg.split('=', 2) as [string, string?];
    if (flag === '--sizes') sizes = value.split(',').filter(Boolean);
    else if (flag === '--quick') quick = true;
    else if (flag === '--scenes') scenes = value.split(',').filter(Boolean).map(parseSize);
    else if (flag === '--no-webgl') webgl = false;
    else if (flag === '--only') {
      const names = value.split(',').filter(Boolean);
      for (const n of names)
        if (!(PHASES as readonly string[]).includes(n)) throw new Error(`--only: unknown phase "${n}" (phases: ${PHASES.join(', ')})`);
      only = new Set(names as Phase[]);
    } else
      throw new Error(`unknown flag "${arg}" (flags: --sizes=10k,100k,1m --quick --scenes=5k,20k --no-webgl --only=${PHASES.join(',')})`);
  }
  // --quick: a smoke run in a minute or two: one tiny graph, short runs, small scenes.
  return {
    sizes: quick && !argv.some((a) => a.startsWith('--sizes')) ? [2000] : sizes.map(parseSize).sort((a, b) => a - b),
    quick,
    only,
    webgl,
    ...(scenes ? { scenes } : {}),
  };
}
