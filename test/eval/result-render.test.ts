/**
 * Rendering a result from what it carries: maps decoded by kind and colour space, material
 * factors and glTF's defaults, the nearest primitive winning, normal maps per glTF. Real mesh
 * (MediaPipe's canonical face), real PNG maps made by sharp.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { addTangents } from '../../server/export/tangents.js';
import { loadScene, renderFit, type RenderableResult } from '../../server/render/result-render.js';
import type { ViewLighting } from '../../server/render/shade.js';
import { SRGB_TO_LINEAR } from '../../server/reflectance/srgb.js';
import type { MeshBuffers, ResultMaterial, ResultPrimitive, TextureMap } from '../../server/types.js';
import { faceCamera, faceMesh } from '../render/scene.js';

const camera = faceCamera(320, 320, 600);
let mesh: MeshBuffers & { tangents: Float32Array };

beforeAll(async () => {
  const m = faceMesh();
  [{ mesh }] = await addTangents([{ mesh: { ...m }, targets: [] }]);
});

/** Uniform irradiance E plus `gradient` × Y_k (k = 3: light from +x, k = 1: from +y), white, no directional light. */
function lightingOf(E: number, k = 0, gradient = 0): ViewLighting {
  const sh = new Float32Array(27);
  for (let c = 0; c < 3; c++) {
    sh[9 * c] = E / 0.282095;
    sh[9 * c + k] += gradient;
  }
  return { sh, direction: Float32Array.of(0, 0, 1), color: new Float32Array(3) };
}

async function png(kind: TextureMap['kind'], colorSpace: TextureMap['colorSpace'], size: number, texel: number[], bitDepth: 8 | 16 = 8): Promise<TextureMap> {
  const channels = texel.length;
  const raw = bitDepth === 16 ? new Uint16Array(size * size * channels) : new Uint8Array(size * size * channels);
  for (let i = 0; i < raw.length; i++) raw[i] = texel[i % channels];
  // sharp takes the raw depth from the typed array.
  const image = sharp(raw, { raw: { width: size, height: size, channels: channels as 1 | 2 | 3 | 4 } });
  if (channels === 1) image.toColourspace(bitDepth === 16 ? 'grey16' : 'b-w');
  else if (bitDepth === 16) image.toColourspace('rgb16');
  const bytes = new Uint8Array(await image.png().toBuffer());
  return { kind, width: size, height: size, colorSpace, channels, bitDepth, mime: 'image/png', bytes };
}

const material = (m: Partial<ResultMaterial>): ResultMaterial => ({ name: 'skin', baseColorFactor: [1, 1, 1, 1], metallic: 0, roughness: 0.6, specularFactor: 1, ...m });
const primitive = (buffers: MeshBuffers, index = 0): ResultPrimitive => ({ name: `p${index}`, buffers, material: index });

describe('renderFit on a result', () => {
  it('decodes an sRGB albedo map, applies the base colour factor, and shades albedo × E', async () => {
    const result: RenderableResult = {
      primitives: [primitive(mesh)],
      materials: [material({ baseColor: 'albedo', baseColorFactor: [0.5, 1, 0.25, 1] })],
      textures: [await png('albedo', 'srgb', 64, [200, 150, 100])],
    };
    const render = renderFit(await loadScene(result), camera, lightingOf(0.8));
    const expected = [0.5 * SRGB_TO_LINEAR[200], SRGB_TO_LINEAR[150], 0.25 * SRGB_TO_LINEAR[100]].map((a) => 0.8 * a);
    let covered = 0, worst = 0;
    for (let p = 0; p < render.mask.length; p++) {
      if (!render.mask[p]) continue;
      covered++;
      for (let c = 0; c < 3; c++) worst = Math.max(worst, Math.abs(render.color[3 * p + c] - expected[c]));
    }
    expect(covered).toBeGreaterThan(10_000);
    expect(worst).toBeLessThan(1e-5);
  });

  it("takes glTF's defaults for maps the result lacks: base colour = factor", async () => {
    const result: RenderableResult = { primitives: [primitive(mesh)], materials: [material({ baseColorFactor: [0.3, 0.2, 0.1, 1] })], textures: [] };
    const render = renderFit(await loadScene(result), camera, lightingOf(1));
    const p = render.mask.indexOf(1);
    expect(Array.from(render.color.subarray(3 * p, 3 * p + 3)).map((v) => Number(v.toFixed(5)))).toEqual([0.3, 0.2, 0.1]);
  });

  it('shows the nearest primitive wherever two overlap, whatever their order', async () => {
    // Half the size and 15 cm nearer the camera: wholly in front, covering the middle of the other.
    const front = { ...mesh, positions: mesh.positions.map((v, i) => 0.5 * v + (i % 3 === 2 ? 0.15 : 0)) };
    const materials = [material({ baseColorFactor: [1, 0, 0, 1] }), material({ baseColorFactor: [0, 0, 1, 1] })];
    const a = renderFit(await loadScene({ primitives: [primitive(mesh, 0), primitive(front, 1)], materials, textures: [] }), camera, lightingOf(1));
    const b = renderFit(await loadScene({ primitives: [primitive(front, 1), primitive(mesh, 0)], materials, textures: [] }), camera, lightingOf(1));
    expect(b.color).toEqual(a.color);
    const centre = (camera.height / 2) * camera.width + camera.width / 2;
    const [red, green, blue] = a.color.subarray(3 * centre, 3 * centre + 3);
    expect([red, green, blue >= 0.999]).toEqual([0, 0, true]);
    expect(a.color.some((v, k) => k % 3 === 0 && v >= 0.999)).toBe(true); // the back one shows around the front one
  });

  it('reads a flat 16-bit normal map as the surface normal, and tilts along the tangent (red) and bitangent (green)', async () => {
    const withNormals = async (texel: number[] | null, light: ViewLighting) => {
      const textures = texel ? [await png('normal', 'linear', 32, texel, 16)] : [];
      const result: RenderableResult = { primitives: [primitive(mesh)], materials: [material({ normal: texel ? 'normal' : undefined })], textures };
      return renderFit(await loadScene(result), camera, light);
    };
    const mean = (r: { color: Float32Array; mask: Uint8Array }) => {
      let s = 0, n = 0;
      for (let p = 0; p < r.mask.length; p++) if (r.mask[p]) (s += r.color[3 * p]), n++;
      return s / n;
    };
    const half = 32768, tilt = Math.round(((1 + 0.5) / 2) * 65535), up = Math.round(((1 + Math.sqrt(0.75)) / 2) * 65535);
    const fromRight = lightingOf(0.5, 3, 1), fromAbove = lightingOf(0.5, 1, 1);
    const plain = await withNormals(null, fromRight);
    const flat = await withNormals([half, half, 65535], fromRight);
    expect(flat.mask).toEqual(plain.mask);
    expect(flat.color.reduce((worst, v, k) => Math.max(worst, Math.abs(v - plain.color[k])), 0)).toBeLessThan(1e-4);
    // The canonical mesh's u grows towards the model's +x and v towards -y, so a normal tilted
    // along +T (red) faces more to +x, and along +B (green, glTF's "+Y up") faces more up.
    expect(mean(await withNormals([tilt, half, up], fromRight))).toBeGreaterThan(mean(plain) + 0.05);
    expect(mean(await withNormals([half, tilt, up], fromAbove))).toBeGreaterThan(mean(await withNormals(null, fromAbove)) + 0.05);
  });
});
