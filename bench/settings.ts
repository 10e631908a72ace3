/** How long and how often each measurement runs: the full run, and the --quick smoke run. */
export interface BenchSettings {
  api: { connections: number; durationMs: number; warmupMs: number; reps: number };
  growth: { durationMs: number; warmupMs: number };
  sustainedSeconds: number;
  profileSeconds: number;
  perRowBudgetMs: number;
  render: { sizes: number[]; frames: number; reps: (elements: number) => number };
}

export function benchSettings(quick: boolean): BenchSettings {
  if (quick) {
    return {
      api: { connections: 4, durationMs: 1000, warmupMs: 300, reps: 1 },
      growth: { durationMs: 800, warmupMs: 200 },
      sustainedSeconds: 4,
      profileSeconds: 2,
      perRowBudgetMs: 1500,
      render: { sizes: [1000], frames: 30, reps: () => 1 },
    };
  }
  return {
    api: { connections: 8, durationMs: 3000, warmupMs: 1000, reps: 3 },
    growth: { durationMs: 3000, warmupMs: 500 },
    sustainedSeconds: 30,
    profileSeconds: 8,
    perRowBudgetMs: 10_000,
    render: { sizes: [1000, 5000, 20_000, 50_000], frames: 90, reps: (n) => (n <= 1000 ? 2 : 1) },
  };
}
