/**
 * A quick look at an avatar glb without an engine: one level of detail drawn with its materials'
 * base colours (and base-colour texture) under one soft light, optionally with morph targets
 * applied. For eyeballing fits and closing notes; not a reflectance render.
 *
 * Usage: npx tsx tools/render-glb/main.ts <avatar.glb> <out.png> [lod=N] [yaw=DEG] [size=PX] [<target>=<weight>]...
 *   e.g. npx tsx tools/render-glb/main.ts avatar.glb open.png jawOpen=1 yaw=25
 */
import { NodeIO, type Primitive } from '@gltf-transform/core';
import { KHRONOS_EXTENSIONS } from '@gltf-transform/extensions';
import sharp from 'sharp';
import { rotationFromAxisAngle, quaternionFromRotation } from '../../server/geometry/rotation.js';
import { SRGB_TO_LINEAR, linearToSrgb8 } from '../../server/reflectance/srgb.js';
import { projectVertices, rasterize } from '../../server/render/raster.js';
import type { CameraFit } from '../../server/types.js';

interface Options {
  lod: number;
  yawDeg: number;
  size: number;
  weights: Record<string, number>;
}

interface Drawn {
  positions: Float32Array;
  normals: Float32Array;
  uvs: Float32Array;
  indices: Uint32Array;
  colour: number[];
  texture?: { width: number; height: number; data: Buffer };
}

const LIGHT = [0.4, 0.5, 1].map((x) => x / Math.hypot(0.4, 0.5, 1));
const AMBIENT = 0.35;
const BACKGROUND = 60;
/** Camera: a portrait lens (focal 2.2 image widths) 0.75 m in front of the head's bounding box centre. */
const FOCAL_WIDTHS = 2.2;
const DISTANCE_M = 0.75;

async function renderGlb(file: string, opts: Options): Promise<sharp.Sharp> {
  const doc = await new NodeIO().registerExtensions(KHRONOS_EXTENSIONS).read(file);
  const mesh = doc.getRoot().listMeshes()[opts.lod];
  if (!mesh) throw new Error(`${file} has no LOD${opts.lod}`);
  const names = (mesh.getExtras() as { targetNames?: string[] }).targetNames ?? [];
  const drawn = await Promise.all(mesh.listPrimitives().map((p) => primitive(p, names, opts.weights)));

  const all = drawn.reduce((n, d) => n + d.positions.length / 3, 0);
  const positions = new Float32Array(3 * all);
  const indices: number[] = [];
  const owner: number[] = []; // per triangle: which primitive
  const first: number[] = [];
  drawn.forEach((d, k) => {
    const offset = first.length ? first[k - 1] + drawn[k - 1].positions.length / 3 : 0;
    first.push(offset);
    positions.set(d.positions, 3 * offset);
    for (const i of d.indices) indices.push(i + offset);
    for (let t = 0; t < d.indices.length / 3; t++) owner.push(k);
  });
  const lo = [0, 1, 2].map((a) => Math.min(...positions.filter((_, i) => i % 3 === a)));
  const hi = [0, 1, 2].map((a) => Math.max(...positions.filter((_, i) => i % 3 === a)));
  const centre = [0, 1, 2].map((a) => (lo[a] + hi[a]) / 2);
  const r = rotationFromAxisAngle(0, (opts.yawDeg * Math.PI) / 180, 0);
  const rc = [0, 1, 2].map((row) => r[3 * row] * centre[0] + r[3 * row + 1] * centre[1] + r[3 * row + 2] * centre[2]);
  const s = opts.size;
  const camera: CameraFit = {
    width: s,
    height: s,
    fx: FOCAL_WIDTHS * s,
    fy: FOCAL_WIDTHS * s,
    cx: s / 2,
    cy: s / 2,
    rotation: quaternionFromRotation(r),
    translation: [-rc[0], -rc[1], -rc[2] - DISTANCE_M],
  };
  const tri = Uint32Array.from(indices);
  const raster = rasterize(projectVertices(positions, camera), tri, s, s, { cull: 'back' });
  const image = new Uint8Array(s * s * 3).fill(BACKGROUND);
  for (let px = 0; px < s * s; px++) {
    const t = raster.triangle[px];
    if (t < 0) continue;
    const d = drawn[owner[t]];
    const n = [0, 0, 0];
    let u = 0, v = 0;
    for (let c = 0; c < 3; c++) {
      const i = tri[3 * t + c] - first[owner[t]];
      const w = raster.bary[3 * px + c];
      for (let a = 0; a < 3; a++) n[a] += w * d.normals[3 * i + a];
      if (d.uvs.length) {
        u += w * d.uvs[2 * i];
        v += w * d.uvs[2 * i + 1];
      }
    }
    const nc = [0, 1, 2].map((row) => r[3 * row] * n[0] + r[3 * row + 1] * n[1] + r[3 * row + 2] * n[2]);
    const lambert = Math.max(0, (nc[0] * LIGHT[0] + nc[1] * LIGHT[1] + nc[2] * LIGHT[2]) / (Math.hypot(nc[0], nc[1], nc[2]) || 1));
    const colour = d.texture ? texel(d.texture, u, v) : d.colour;
    for (let a = 0; a < 3; a++) image[3 * px + a] = linearToSrgb8(colour[a] * (AMBIENT + (1 - AMBIENT) * lambert));
  }
  return sharp(image, { raw: { width: s, height: s, channels: 3 } });
}

/** The primitive with the weighted morph targets applied. */
async function primitive(p: Primitive, names: string[], weights: Record<string, number>): Promise<Drawn> {
  const positions = Float32Array.from(p.getAttribute('POSITION')!.getArray()!);
  const normals = Float32Array.from(p.getAttribute('NORMAL')!.getArray()!);
  p.listTargets().forEach((target, k) => {
    const w = weights[names[k]] ?? 0;
    if (!w) return;
    const dp = target.getAttribute('POSITION')!.getArray()!;
    const dn = target.getAttribute('NORMAL')?.getArray();
    for (let i = 0; i < positions.length; i++) {
      positions[i] += w * dp[i];
      if (dn) normals[i] += w * dn[i];
    }
  });
  const material = p.getMaterial()!;
  const image = material.getBaseColorTexture()?.getImage();
  const texture = image ? await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true }) : undefined;
  return {
    positions,
    normals,
    uvs: Float32Array.from(p.getAttribute('TEXCOORD_0')?.getArray() ?? []),
    indices: Uint32Array.from(p.getIndices()!.getArray()!),
    colour: material.getBaseColorFactor(),
    texture: texture && { width: texture.info.width, height: texture.info.height, data: texture.data },
  };
}

/** Nearest texel, linear RGB. */
function texel(t: NonNullable<Drawn['texture']>, u: number, v: number): number[] {
  const x = Math.min(t.width - 1, Math.max(0, Math.floor(u * t.width)));
  const y = Math.min(t.height - 1, Math.max(0, Math.floor(v * t.height)));
  const o = 3 * (y * t.width + x);
  return [SRGB_TO_LINEAR[t.data[o]], SRGB_TO_LINEAR[t.data[o + 1]], SRGB_TO_LINEAR[t.data[o + 2]]];
}

const [file, out, ...rest] = process.argv.slice(2);
if (!file || !out) {
  process.stderr.write('usage: npx tsx tools/render-glb/main.ts <avatar.glb> <out.png> [lod=N] [yaw=DEG] [size=PX] [<target>=<weight>]...\n');
  process.exit(2);
}
const opts: Options = { lod: 0, yawDeg: 0, size: 640, weights: {} };
for (const arg of rest) {
  const [key, value] = arg.split('=');
  if (key === 'lod') opts.lod = Number(value);
  else if (key === 'yaw') opts.yawDeg = Number(value);
  else if (key === 'size') opts.size = Number(value);
  else opts.weights[key] = Number(value);
}
await (await renderGlb(file, opts)).png().toFile(out);
