/**
 * A short run of the differential fuzz (npm run fuzz runs 100,000 frames): 2,000 mutated frames
 * through the daemon's decoder, the C# harness (mono) and the C++ one (ASan/UBSan), with a fixed
 * seed so a failure here reproduces with `npm run fuzz -- --seed 11 --frames 2000`.
 */
import { expect, it } from 'vitest';
import { runFuzz } from '../../tools/fuzz/differential.js';

it('the three decoders agree on 2,000 mutated frames: no crash, hang or disagreement', async () => {
  const r = await runFuzz({ frames: 2000, seed: 11, log: (l) => console.log(l) });
  for (const f of r.findings.slice(0, 5)) console.log(`${f.kind} ${f.decoder ?? ''}: ${f.detail}\n  frame ${f.frame}`);
  expect({ crashes: r.crashes, hangs: r.hangs, disagreements: r.disagreements }).toEqual({ crashes: 0, hangs: 0, disagreements: 0 });
  // Both ways through every decoder were taken.
  for (const c of Object.values(r.decoders)) {
    expect(c.accepted).toBeGreaterThan(100);
    expect(c.refused).toBeGreaterThan(100);
  }
}, 240_000);
