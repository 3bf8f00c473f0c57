import { describe, expect, it } from 'vitest';
import { fuzzLoader } from './loader.fuzz';

// Split in two files so that the two halves run on two cores at once: 10,000 cases in all.
describe('the scenario loader under 5,000 structure-aware mutations (second half)', () => {
  it('never throws, always explains, and every accepted scenario plays to an outcome', () => {
    const { accepted, slowest } = fuzzLoader(Number(process.env.FUZZ_CASES ?? 10_000) / 2, 19761104);
    console.log(`loader fuzz: ${accepted} of ${Number(process.env.FUZZ_CASES ?? 10_000) / 2} mutated scenarios accepted and played; slowest case ${slowest.ms.toFixed(0)} ms (${slowest.what})`);
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});
