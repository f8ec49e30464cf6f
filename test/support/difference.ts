/** Mean and largest absolute difference of two equally long arrays. */
export function difference(a: ArrayLike<number>, b: ArrayLike<number>): { mean: number; max: number } {
  let s = 0, max = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    s += d;
    max = Math.max(max, d);
  }
  return { mean: s / a.length, max };
}
