/**
 * Int16 quantisation of displacement fields with one scale per field (an identity mode or an
 * expression). ICT's largest displacement is 4.2 cm (jawOpen), so a step is at most
 * 42 mm / 32767 = 0.0013 mm and the rounding error at most half that per coordinate: the order of
 * the OBJ text's own resolution (six significant digits in centimetres, 0.001 mm), far below
 * anything visible.
 */

/** Quantises `deltas` (metres) into `out`; returns the scale and the largest per-vertex error. */
export function quantiseInto(deltas: Float64Array, out: Int16Array): { scale: number; maxError: number } {
  let maxAbs = 0;
  for (let i = 0; i < deltas.length; i++) maxAbs = Math.max(maxAbs, Math.abs(deltas[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  let maxError = 0;
  for (let i = 0; i < deltas.length; i += 3) {
    let e2 = 0;
    for (let k = 0; k < 3; k++) {
      const q = Math.round(deltas[i + k] / scale);
      out[i + k] = q;
      e2 += (q * scale - deltas[i + k]) ** 2;
    }
    maxError = Math.max(maxError, Math.sqrt(e2));
  }
  return { scale, maxError };
}

export function dequantise(values: Int16Array, scale: number, out: Float32Array = new Float32Array(values.length)): Float32Array {
  for (let i = 0; i < values.length; i++) out[i] = values[i] * scale;
  return out;
}
