/**
 * The same energy as ReflectanceEnergy (photometric term; priors are not part of it), written in
 * tfjs and differentiated by tfjs's autodiff: the independent reference the hand-derived
 * gradients in shade.ts are checked against, the baseline the benchmark compares with, and the
 * descent's evaluator on a GPU (tfjs-evaluator.ts).
 *
 * On the wasm backend tfjs has no gradient for gather, so texture reads go through `gatherRows`,
 * whose gradient is a scatterND (which sums duplicate indices) of the incoming gradient.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { SH_COEFFICIENTS } from '../reflectance/sh.js';
import { DIELECTRIC_F0 } from './brdf.js';
import { createEnergyGradient, type EnergyGradient, type ReflectanceEnergy } from './energy.js';
import type { Material, ViewLighting } from './shade.js';
import type { TexelTaps } from './texture.js';

export type ReferenceBackend = 'wasm' | 'cpu';

/** Switches tfjs to `backend` (wasm binaries from the installed package, nothing fetched). */
export async function initTfjsReference(backend: ReferenceBackend = 'wasm'): Promise<string> {
  if (backend === 'wasm') {
    const require = createRequire(import.meta.url);
    setWasmPaths(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + path.sep);
  }
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} could not start`);
  await tf.ready();
  return tf.getBackend();
}

/** gather(x, idx) along axis 0, with a scatterND gradient (tfjs registers none for gather on wasm). */
const gatherRows = tf.customGrad((...args: unknown[]) => {
  const [x, idx, save] = args as [tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
  save([idx]);
  return {
    value: tf.gather(x, idx),
    gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => [
      tf.scatterND(tf.expandDims(saved[0], 1), dy as tf.Tensor, x.shape),
      tf.zerosLike(saved[0]),
    ],
  };
}) as (x: tf.Tensor2D, idx: tf.Tensor1D) => tf.Tensor2D;

interface TapTensors {
  index: tf.Tensor1D; // 4P
  weight: tf.Tensor3D; // [P, 4, 1]
}

interface ViewTensors {
  count: number;
  albedo: TapTensors;
  specular: TapTensors;
  roughness: TapTensors;
  normalMap?: { taps: TapTensors; tangent: tf.Tensor2D; bitangent: tf.Tensor2D }; // [P, 3] frames
  basis: tf.Tensor2D; // [P, 9]
  normal: tf.Tensor2D; // [P, 3]
  viewDir: tf.Tensor2D; // [P, 3]
  target: tf.Tensor2D; // [P, 3]
  weight: tf.Tensor2D; // [P, 1], times the view's scale
}

export class TfjsReflectanceEnergy {
  private readonly viewTensors: ViewTensors[];

  constructor(private readonly energy: ReflectanceEnergy) {
    this.viewTensors = energy.views.map((view, v) => {
      const taps = energy.taps[v];
      const tapTensors = (t: TexelTaps): TapTensors => ({
        index: tf.tensor1d(t.index, 'int32'),
        weight: tf.tensor3d(t.weight, [view.count, 4, 1]),
      });
      const weight = new Float32Array(view.count);
      for (let i = 0; i < view.count; i++) weight[i] = view.weight[i] * energy.scales[v];
      return {
        count: view.count,
        albedo: tapTensors(taps.albedo),
        specular: tapTensors(taps.specular),
        roughness: tapTensors(taps.roughness),
        ...(taps.normal && view.tangent && view.bitangent
          ? { normalMap: { taps: tapTensors(taps.normal), tangent: tf.tensor2d(view.tangent, [view.count, 3]), bitangent: tf.tensor2d(view.bitangent, [view.count, 3]) } }
          : {}),
        basis: tf.tensor2d(view.basis, [view.count, SH_COEFFICIENTS]),
        normal: tf.tensor2d(view.normal, [view.count, 3]),
        viewDir: tf.tensor2d(view.viewDir, [view.count, 3]),
        target: tf.tensor2d(view.target, [view.count, 3]),
        weight: tf.tensor2d(weight, [view.count, 1]),
      };
    });
  }

  /** Energy and its gradient by autodiff, in the same layout as ReflectanceEnergy's; every entry of `gradient` is overwritten. */
  evaluate(material: Material, lighting: readonly ViewLighting[], gradient = createEnergyGradient(material, lighting.length)): { total: number; gradient: EnergyGradient } {
    const L = 3 * lighting.length; // lighting inputs follow the three maps; the normal map comes last
    const inputs = tf.tidy(() => [
      tf.tensor2d(material.albedo.data, [material.albedo.data.length / 3, 3]),
      tf.tensor2d(material.specular.data, [material.specular.data.length, 1]),
      tf.tensor2d(material.roughness.data, [material.roughness.data.length, 1]),
      ...lighting.flatMap((l) => [
        tf.tensor2d(l.sh, [3, SH_COEFFICIENTS]),
        tf.tensor2d(l.direction, [1, 3]),
        tf.tensor2d(l.color, [1, 3]),
      ]),
      ...(material.normal ? [tf.tensor2d(material.normal.data, [material.normal.data.length / 3, 3])] : []),
    ]);
    const f = (...xs: tf.Tensor[]): tf.Scalar => {
      const [albedo, specular, roughness] = xs as tf.Tensor2D[];
      const normal = material.normal ? (xs[3 + L] as tf.Tensor2D) : undefined;
      let total: tf.Scalar = tf.scalar(0);
      this.viewTensors.forEach((vt, v) => {
        const [sh, direction, color] = xs.slice(3 + 3 * v, 6 + 3 * v) as tf.Tensor2D[];
        total = tf.add(total, this.viewEnergy(vt, material, albedo, specular, roughness, normal, sh, direction, color));
      });
      return total;
    };
    // Freed however this ends: a fit's descent calls it every iteration.
    const outputs: tf.Tensor[] = [];
    try {
      const { value, grads } = tf.valueAndGrads(f)(inputs);
      outputs.push(value, ...grads);
      gradient.material.albedo.set(grads[0].dataSync());
      gradient.material.specular.set(grads[1].dataSync());
      gradient.material.roughness.set(grads[2].dataSync());
      gradient.lighting.forEach((g, v) => {
        g.sh.set(grads[3 + 3 * v].dataSync());
        g.direction.set(grads[4 + 3 * v].dataSync());
        g.color.set(grads[5 + 3 * v].dataSync());
      });
      if (gradient.material.normal) gradient.material.normal.set(grads[3 + L].dataSync());
      return { total: value.dataSync()[0], gradient };
    } finally {
      tf.dispose([...outputs, ...inputs]);
    }
  }

  dispose(): void {
    for (const vt of this.viewTensors) {
      tf.dispose([vt.albedo.index, vt.albedo.weight, vt.specular.index, vt.specular.weight, vt.roughness.index, vt.roughness.weight]);
      tf.dispose([vt.basis, vt.normal, vt.viewDir, vt.target, vt.weight]);
      if (vt.normalMap) tf.dispose([vt.normalMap.taps.index, vt.normalMap.taps.weight, vt.normalMap.tangent, vt.normalMap.bitangent]);
    }
  }

  private viewEnergy(
    vt: ViewTensors,
    material: Material,
    albedoTex: tf.Tensor2D,
    specularTex: tf.Tensor2D,
    roughnessTex: tf.Tensor2D,
    normalTex: tf.Tensor2D | undefined,
    sh: tf.Tensor2D,
    direction: tf.Tensor2D,
    color: tf.Tensor2D,
  ): tf.Scalar {
    const P = vt.count;
    const sample = (tex: tf.Tensor2D, taps: TapTensors): tf.Tensor2D =>
      tf.sum(tf.mul(tf.reshape(gatherRows(tex, taps.index), [P, 4, tex.shape[1]]), taps.weight), 1);
    const a = sample(albedoTex, vt.albedo); // [P, 3]
    const s = sample(specularTex, vt.specular); // [P, 1]
    const r = sample(roughnessTex, vt.roughness); // [P, 1]
    const dot = (x: tf.Tensor, y: tf.Tensor): tf.Tensor => tf.sum(tf.mul(x, y), 1, true);
    const unit = (x: tf.Tensor): tf.Tensor => tf.div(x, tf.norm(x, 'euclidean', 1, true));

    // The shading normal: the view's, or the normal map's, n = normalize(T t.x + B t.y + N t.z), t = normalize(texel).
    let normal: tf.Tensor = vt.normal;
    let basis: tf.Tensor = vt.basis;
    if (normalTex && vt.normalMap) {
      const t = unit(sample(normalTex, vt.normalMap.taps)); // [P, 3]
      const [tx, ty, tz] = tf.split(t, 3, 1);
      normal = unit(tf.addN([tf.mul(vt.normalMap.tangent, tx), tf.mul(vt.normalMap.bitangent, ty), tf.mul(vt.normal, tz)]));
      const [x, y, z] = tf.split(normal, 3, 1);
      basis = tf.concat([
        tf.fill([P, 1], 0.282095),
        tf.mul(0.488603, y), tf.mul(0.488603, z), tf.mul(0.488603, x),
        tf.mul(1.092548, tf.mul(x, y)), tf.mul(1.092548, tf.mul(y, z)),
        tf.mul(0.315392, tf.sub(tf.mul(3, tf.mul(z, z)), 1)),
        tf.mul(1.092548, tf.mul(x, z)), tf.mul(0.546274, tf.sub(tf.mul(x, x), tf.mul(y, y))),
      ], 1);
    }
    const E = tf.matMul(basis as tf.Tensor2D, sh, false, true); // [P, 3]

    const l = tf.div(direction, tf.norm(direction)); // [1, 3]
    // n·l as a matrix product: tile's gradient is a slice per row, thousands of kernels.
    const NdotL = tf.clipByValue(tf.matMul(normal as tf.Tensor2D, l, false, true), 0, 1);
    const NdotV = tf.clipByValue(dot(normal, vt.viewDir), 0, 1);
    const hRaw = tf.add(vt.viewDir, l);
    const h = tf.div(hRaw, tf.norm(hRaw, 'euclidean', 1, true));
    const NdotH = tf.clipByValue(dot(normal, h), 0, 1);
    const VdotH = tf.clipByValue(dot(vt.viewDir, h), 0, 1);

    const r2 = tf.mul(r, r);
    const alpha2 = tf.mul(r2, r2);
    const oneMinusA2 = tf.sub(1, alpha2);
    const d = tf.add(tf.mul(tf.mul(NdotH, NdotH), tf.sub(alpha2, 1)), 1);
    const D = tf.div(alpha2, tf.mul(Math.PI, tf.mul(d, d)));
    const A = tf.sqrt(tf.add(tf.mul(tf.mul(NdotV, NdotV), oneMinusA2), alpha2));
    const B = tf.sqrt(tf.add(tf.mul(tf.mul(NdotL, NdotL), oneMinusA2), alpha2));
    // Where n·l = 0 (unlit) the lobe is multiplied by 0; the floor keeps that 0 × finite.
    const S = tf.maximum(tf.add(tf.mul(NdotL, A), tf.mul(NdotV, B)), 1e-12);
    const V = tf.div(0.5, S);
    // KHR_materials_specular with the map as strength: F0 = min(0.04 scf, 1) s sf, F90 = s sf.
    const F90 = tf.mul(s, material.specularFactor);
    const F0 = tf.mul(F90, Math.min(DIELECTRIC_F0 * material.specularColorFactor, 1));
    const m = tf.sub(1, VdotH);
    const m2 = tf.mul(m, m);
    const F = tf.add(F0, tf.mul(tf.sub(F90, F0), tf.mul(tf.mul(m2, m2), m)));
    const specTerm = tf.mul(Math.PI, tf.mul(F, tf.mul(D, V))); // [P, 1]
    const direct = tf.mul(tf.mul(color, NdotL), tf.add(tf.mul(tf.sub(1, F), a), specTerm)); // [P, 3]
    const pixel = tf.add(tf.mul(a, E), direct);

    const delta = this.energy.delta;
    const q = tf.div(tf.sub(pixel, vt.target), delta);
    const rho = tf.mul(delta * delta, tf.sub(tf.sqrt(tf.add(1, tf.mul(q, q))), 1));
    return tf.sum(tf.mul(rho, vt.weight));
  }
}
