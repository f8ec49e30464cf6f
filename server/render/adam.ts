/**
 * Adam (Kingma & Ba 2015) over a typed array, stepping only the listed texels: at 1024² maps a
 * dense update of every texel and its two moments is memory-bound and costs more than the whole
 * pixel pass, while a photo touches a fraction of the texels. Moments of texels outside the
 * list are left as they are (PyTorch's SparseAdam behaves the same), and the bias correction uses
 * the global step count. Values are projected to [min, max] after each step.
 */
export interface AdamOptions {
  learningRate: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  min?: number;
  max?: number;
}

export class SparseAdam {
  learningRate: number;
  private readonly beta1: number;
  private readonly beta2: number;
  private readonly epsilon: number;
  private readonly min: number;
  private readonly max: number;
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  private t = 0;

  /** For `size` values grouped `channels` to a texel. */
  constructor(
    readonly size: number,
    readonly channels: number,
    opts: AdamOptions,
  ) {
    this.learningRate = opts.learningRate;
    this.beta1 = opts.beta1 ?? 0.9;
    this.beta2 = opts.beta2 ?? 0.999;
    this.epsilon = opts.epsilon ?? 1e-8;
    this.min = opts.min ?? -Infinity;
    this.max = opts.max ?? Infinity;
    this.m = new Float32Array(size);
    this.v = new Float32Array(size);
  }

  /** One step on every channel of the listed texels, or on all values when `texels` is omitted. */
  step(param: Float32Array | Float64Array, grad: ArrayLike<number>, texels?: Int32Array): void {
    this.t++;
    const { beta1, beta2, epsilon, min, max, m, v, channels } = this;
    // Bias corrections folded into the step size and epsilon (Adam paper, section 2).
    const c2 = Math.sqrt(1 - beta2 ** this.t);
    const lr = (this.learningRate * c2) / (1 - beta1 ** this.t);
    const eps = epsilon * c2;
    const n = texels ? texels.length : this.size / channels;
    for (let i = 0; i < n; i++) {
      const base = (texels ? texels[i] : i) * channels;
      for (let c = 0; c < channels; c++) {
        const k = base + c;
        const g = grad[k];
        const mk = beta1 * m[k] + (1 - beta1) * g;
        const vk = beta2 * v[k] + (1 - beta2) * g * g;
        m[k] = mk;
        v[k] = vk;
        const x = param[k] - (lr * mk) / (Math.sqrt(vk) + eps);
        param[k] = x < min ? min : x > max ? max : x;
      }
    }
  }
}
