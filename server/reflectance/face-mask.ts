/**
 * The face region of a photo, for measuring a fit there: the pixels inside the convex hull of the
 * photo's face-mesh landmarks (MediaPipe's 468 points reach from the chin to the upper forehead and
 * ear to ear). A model that renders more than the face (scalp, neck, eyeballs behind closed lids)
 * is measured on the same region as one that renders the face alone.
 */

/** Pixel mask (1 inside) of the convex hull of the first `count` xy points, pixel centres tested. */
export function landmarkHullMask(points: Float32Array, count: number, width: number, height: number): Uint8Array {
  const hull = convexHull(points, count);
  const mask = new Uint8Array(width * height);
  if (hull.length < 3) return mask;
  // Scanlines: a convex polygon crosses each row in one span.
  for (let y = 0; y < height; y++) {
    const py = y + 0.5;
    let left = Infinity, right = -Infinity;
    for (let k = 0; k < hull.length; k++) {
      const [ax, ay] = hull[k], [bx, by] = hull[(k + 1) % hull.length];
      if ((ay <= py && py < by) || (by <= py && py < ay)) {
        const x = ax + ((py - ay) / (by - ay)) * (bx - ax);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
    if (!(left <= right)) continue;
    const x0 = Math.max(0, Math.ceil(left - 0.5)), x1 = Math.min(width - 1, Math.floor(right - 0.5));
    mask.fill(1, y * width + x0, x1 >= x0 ? y * width + x1 + 1 : y * width + x0);
  }
  return mask;
}

/** Andrew's monotone chain: hull vertices in order, collinear points dropped. */
function convexHull(points: Float32Array, count: number): [number, number][] {
  const p: [number, number][] = [];
  for (let i = 0; i < count; i++) p.push([points[2 * i], points[2 * i + 1]]);
  p.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: [number, number][] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) upper.pop();
    upper.push(q);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}
