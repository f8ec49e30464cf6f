/**
 * What one photo says about one surface point: whether the point is visible there (in front of
 * the camera, on a front face, not behind another part of the mesh), how squarely it is seen, and
 * its colour in linear light, filtered over the texel's footprint.
 */
import { projectVertices, rasterize, type Raster } from '../render/raster.js';
import { FitError, type CameraFit, type MeshBuffers, type RgbImage } from '../types.js';
import { toCameraSpace } from './camera-space.js';
import { PhotoPyramid } from './photo-pyramid.js';

/** Viewing-angle cosines where a view's weight starts to rise from zero and where it is the cosine itself. */
const GRAZING_COS_MIN = 0.1;
const GRAZING_COS_FULL = 0.4;
/**
 * Depth test tolerance, relative to depth. The z-buffer comes from the same mesh and camera as the
 * points tested, so only its sampling matters: it holds the surface at pixel centres, up to
 * √2 px from the point (the bilinear taps), which on a slope (tan of the viewing angle, capped)
 * moves the depth by up to slope × √2 px × depth / focal; the constant part covers curvature and
 * rounding.
 */
const DEPTH_TOLERANCE = 0.001;
const DEPTH_SLOPE_PIXELS = 1.5;
const MAX_SLOPE = 4;

/**
 * How much a view counts for a point seen at viewing-angle cosine `cos`: the cosine, faded
 * smoothly to 0 towards grazing angles, where pixels mix surface and background and a small pose
 * error moves the sample far across the surface.
 */
function viewQuality(cos: number): number {
  if (cos <= GRAZING_COS_MIN) return 0;
  if (cos >= GRAZING_COS_FULL) return cos;
  const s = (cos - GRAZING_COS_MIN) / (GRAZING_COS_FULL - GRAZING_COS_MIN);
  return cos * s * s * (3 - 2 * s);
}

export class ViewSampler {
  private readonly indices: Uint32Array;
  /** Camera-space vertex positions and normals (c = R p + t; the camera looks down -Z). */
  private readonly cam: Float64Array;
  private readonly nrm: Float64Array;
  private readonly facing: Uint8Array;
  /** Per triangle: mip level matching a texel's footprint in the photo. */
  private readonly level: Float32Array;
  private readonly zbuffer: Raster | null;
  private readonly pyramid: PhotoPyramid | null;
  private readonly fx: number;
  private readonly fy: number;
  private readonly cx: number;
  private readonly cy: number;
  private readonly ox: number;
  private readonly oy: number;
  private readonly focal: number;

  /** `textureSize`: the texel grid the samples stand for, which sets the filter footprint. */
  constructor(mesh: MeshBuffers, image: RgbImage, camera: CameraFit, textureSize: number) {
    if (image.width !== camera.width || image.height !== camera.height) {
      throw new FitError(
        'INTERNAL',
        `a photo is ${image.width}x${image.height} but its fitted camera is ${camera.width}x${camera.height}; please report this as a bug`,
      );
    }
    this.indices = mesh.indices;
    ({ positions: this.cam, normals: this.nrm } = toCameraSpace(mesh, camera));
    ({ fx: this.fx, fy: this.fy, cx: this.cx, cy: this.cy } = camera);
    this.focal = Math.min(camera.fx, camera.fy);

    const screen = projectVertices(mesh.positions, camera);
    const triCount = mesh.indices.length / 3;
    this.facing = new Uint8Array(triCount);
    this.level = new Float32Array(triCount);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, maxLevel = 0;
    const uv = mesh.uvs, c = this.cam, idx = mesh.indices;
    for (let t = 0; t < triCount; t++) {
      const a = idx[3 * t], b = idx[3 * t + 1], d = idx[3 * t + 2];
      // Geometric normal (c_b - c_a) × (c_d - c_a) against the direction to the camera, -c_a.
      const e1x = c[3 * b] - c[3 * a], e1y = c[3 * b + 1] - c[3 * a + 1], e1z = c[3 * b + 2] - c[3 * a + 2];
      const e2x = c[3 * d] - c[3 * a], e2y = c[3 * d + 1] - c[3 * a + 1], e2z = c[3 * d + 2] - c[3 * a + 2];
      const gx = e1y * e2z - e1z * e2y, gy = e1z * e2x - e1x * e2z, gz = e1x * e2y - e1y * e2x;
      const front = -(gx * c[3 * a] + gy * c[3 * a + 1] + gz * c[3 * a + 2]) > 0;
      const inFront = screen[3 * a + 2] > 0 && screen[3 * b + 2] > 0 && screen[3 * d + 2] > 0;
      if (!front || !inFront) continue;
      this.facing[t] = 1;
      for (const v of [a, b, d]) {
        minX = Math.min(minX, screen[3 * v]);
        maxX = Math.max(maxX, screen[3 * v]);
        minY = Math.min(minY, screen[3 * v + 1]);
        maxY = Math.max(maxY, screen[3 * v + 1]);
      }
      // Texel footprint in pixels: the larger of |∂s/∂u|, |∂s/∂v| (as GPUs pick mip levels),
      // from the affine map between the triangle's UVs and its projection, over textureSize.
      const f1u = uv[2 * b] - uv[2 * a], f1v = uv[2 * b + 1] - uv[2 * a + 1];
      const f2u = uv[2 * d] - uv[2 * a], f2v = uv[2 * d + 1] - uv[2 * a + 1];
      const det = f1u * f2v - f2u * f1v;
      if (det === 0) continue;
      const s1x = screen[3 * b] - screen[3 * a], s1y = screen[3 * b + 1] - screen[3 * a + 1];
      const s2x = screen[3 * d] - screen[3 * a], s2y = screen[3 * d + 1] - screen[3 * a + 1];
      const dux = (s1x * f2v - s2x * f1v) / det, duy = (s1y * f2v - s2y * f1v) / det;
      const dvx = (s2x * f1u - s1x * f2u) / det, dvy = (s2y * f1u - s1y * f2u) / det;
      const footprint = Math.sqrt(Math.max(dux * dux + duy * duy, dvx * dvx + dvy * dvy)) / textureSize;
      const l = footprint > 1 ? Math.log2(footprint) : 0;
      this.level[t] = l;
      maxLevel = Math.max(maxLevel, l);
    }

    const top = Math.ceil(maxLevel);
    // Margin for the bilinear taps of the coarsest level used.
    const pad = 2 << top;
    this.ox = Math.max(0, Math.floor(minX) - pad);
    this.oy = Math.max(0, Math.floor(minY) - pad);
    const ex = Math.min(image.width, Math.ceil(maxX) + pad);
    const ey = Math.min(image.height, Math.ceil(maxY) + pad);
    if (!(ex > this.ox && ey > this.oy)) {
      this.zbuffer = null;
      this.pyramid = null;
      return;
    }
    const bw = ex - this.ox, bh = ey - this.oy;
    for (let i = 0; i < screen.length; i += 3) {
      screen[i] -= this.ox;
      screen[i + 1] -= this.oy;
    }
    this.zbuffer = rasterize(screen, mesh.indices, bw, bh, { cull: 'back', perspective: true });
    const onMesh = new Uint8Array(bw * bh);
    for (let i = 0; i < bw * bh; i++) onMesh[i] = this.zbuffer.triangle[i] >= 0 ? 1 : 0;
    this.pyramid = new PhotoPyramid(image, this.ox, this.oy, bw, bh, top, onMesh);
  }

  /**
   * The view of the point with barycentrics (w0, w1, w2) in triangle t, into out: out[0] its
   * quality (viewQuality of the viewing angle; 0 when not visible) and, when visible, the linear
   * colour in out[1..3] and the unit camera-space normal in out[4..6]. (Written to `out` rather
   * than returned: a returned double is boxed on the heap, once per texel and view.)
   */
  sample(t: number, w0: number, w1: number, w2: number, out: Float32Array): void {
    out[0] = 0;
    if (this.facing[t] === 0 || this.pyramid === null || this.zbuffer === null) return;
    const c = this.cam, n = this.nrm;
    const a = 3 * this.indices[3 * t], b = 3 * this.indices[3 * t + 1], d = 3 * this.indices[3 * t + 2];
    const px = w0 * c[a] + w1 * c[b] + w2 * c[d];
    const py = w0 * c[a + 1] + w1 * c[b + 1] + w2 * c[d + 1];
    const pz = w0 * c[a + 2] + w1 * c[b + 2] + w2 * c[d + 2];
    const depth = -pz;
    if (!(depth > 0)) return;
    const nx = w0 * n[a] + w1 * n[b] + w2 * n[d];
    const ny = w0 * n[a + 1] + w1 * n[b + 1] + w2 * n[d + 1];
    const nz = w0 * n[a + 2] + w1 * n[b + 2] + w2 * n[d + 2];
    const nn = nx * nx + ny * ny + nz * nz;
    const cos = -(nx * px + ny * py + nz * pz) / Math.sqrt(nn * (px * px + py * py + pz * pz));
    const q = viewQuality(cos);
    if (q === 0) return;
    const u = this.cx + (this.fx * px) / depth;
    const v = this.cy - (this.fy * py) / depth;

    // Each of the four pixels the bilinear sample reads must show this point's surface: not the
    // background or hair beyond the mesh's silhouette or open border, and not another part of
    // the mesh in front of the point (at an occluder's edge, the pixel containing the point may
    // still show the point while its neighbour shows the occluder).
    const zb = this.zbuffer, zw = zb.width;
    const tx = Math.floor(u - 0.5) - this.ox, ty = Math.floor(v - 0.5) - this.oy;
    if (tx < 0 || ty < 0 || tx + 1 >= zw || ty + 1 >= zb.height) return;
    let nearest = -1;
    for (let k = 0; k < 4; k++) {
      const p = (ty + (k >> 1)) * zw + tx + (k & 1);
      const front = zb.triangle[p];
      if (front === t) continue;
      if (front < 0) return;
      if (nearest < 0) {
        const slope = Math.min(Math.sqrt(Math.max(0, 1 - cos * cos)) / cos, MAX_SLOPE);
        nearest = depth * (1 - DEPTH_TOLERANCE - (DEPTH_SLOPE_PIXELS * slope) / this.focal);
      }
      if (zb.depth[p] < nearest) return;
    }
    this.pyramid.sample(u, v, this.level[t], out, 1);
    const nl = Math.sqrt(nn);
    out[4] = nx / nl;
    out[5] = ny / nl;
    out[6] = nz / nl;
    out[0] = q;
  }
}
