import fc from 'fast-check';

// Property tests run with a fixed, printed seed so a CI failure replays exactly. Set FC_SEED to choose
// another seed and FC_RUNS for more cases: `FC_SEED=42 FC_RUNS=2000 pnpm test`.
const seed = Number(process.env.FC_SEED ?? 20251122);
const numRuns = Number(process.env.FC_RUNS ?? 100);
fc.configureGlobal({ seed, numRuns });
if (!(globalThis as { __tinhgonSeedPrinted?: boolean }).__tinhgonSeedPrinted) {
  (globalThis as { __tinhgonSeedPrinted?: boolean }).__tinhgonSeedPrinted = true;
  process.stdout.write(`[fast-check] seed=${seed} runs=${numRuns}\n`);
}
