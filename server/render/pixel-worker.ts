/**
 * A pixel worker of the split photometric pass (pixel-pool.ts): shades the sample ranges each
 * step names into its own gradient accumulators, reading the views and maps from shared memory.
 */
import { parentPort } from 'node:worker_threads';
import { zeroGradient } from './energy.js';
import { type BindMessage, type FromPixelWorker, type StepMessage } from './pixel-messages.js';
import { shadeSamples } from './sample-range.js';
import type { Material } from './shade.js';

const port = parentPort!;
let bound: BindMessage | undefined;

port.on('message', (m: BindMessage | StepMessage) => {
  if (m.type === 'bind') {
    bound = m;
    return;
  }
  let reply: FromPixelWorker;
  try {
    if (!bound) throw new Error('a step before any bind');
    const { inputs, maps, touched } = bound;
    const material: Material = { ...maps, specularColorFactor: m.specularColorFactor, specularFactor: m.specularFactor };
    const gradient = m.gradient ? bound.gradient : undefined;
    if (gradient) zeroGradient(gradient, touched, material);
    let energy = 0;
    for (let v = 0; v < inputs.views.length; v++) {
      energy += shadeSamples(inputs, v, m.ranges[2 * v], m.ranges[2 * v + 1], material, m.lighting[v], gradient && { material: gradient.material, lighting: gradient.lighting[v] });
    }
    reply = { type: 'done', seq: m.seq, energy };
  } catch (err) {
    reply = { type: 'failed', seq: m.seq, message: (err as Error).stack ?? String(err) };
  }
  port.postMessage(reply);
});
