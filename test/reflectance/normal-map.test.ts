/**
 * The normal map's frame: the fit reads it in the MikkTSpace tangents the export writes, and
 * glTF's convention must hold for them (+X along increasing u, +Y green up the image, that is along
 * decreasing v with glTF's top-left UV origin), or engines would light the fitted detail from the
 * wrong side. And the renderer's normal-mapped shading turns the surface the way the map says.
 */
import { describe, expect, it } from 'vitest';
import { writeGlb } from '../../server/export/glb.js';
import { NodeIO } from '@gltf-transform/core';
import { KHRMaterialsSpecular } from '@gltf-transform/extensions';
import { cornerTangents } from '../../server/reflectance/corner-tangents.js';
import { shadeView } from '../../server/render/shade.js';
import { bilinearTaps, createTexture } from '../../server/render/texture.js';
import { buildShadingView } from '../../server/render/view.js';
import { camera, faceMesh } from './scene.js';

const { mesh } = faceMesh();
const tangents = await cornerTangents(mesh);

function sub(p: Float32Array, a: number, b: number): number[] {
  return [0, 1, 2].map((k) => p[3 * a + k] - p[3 * b + k]);
}
const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: number[], b: number[]) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const unit = (a: number[]) => a.map((x) => x / Math.hypot(...a));

describe('normal map tangent frames', () => {
  it('are the exported MikkTSpace tangents, corner by corner', async () => {
    const glb = await writeGlb({ name: 'face', primitives: [{ name: 'face', mesh, material: 0 }], materials: [{ name: 'skin', metallic: 0, roughness: 0.5 }] });
    const doc = await new NodeIO().registerExtensions([KHRMaterialsSpecular]).readBinary(glb.glb);
    const prim = doc.getRoot().listMeshes()[0].listPrimitives()[0];
    const written = prim.getAttribute('TANGENT')!.getArray()!;
    const index = prim.getIndices()!.getArray()!;
    for (let k = 0; k < index.length; k++) {
      for (let c = 0; c < 4; c++) expect(tangents[4 * k + c]).toBe(written[4 * index[k] + c]);
    }
  });

  it('point +X along increasing u and +Y along decreasing v (glTF, +Y green)', () => {
    const { positions: p, normals: n, uvs: uv, indices } = mesh;
    // B = w (N × T) is orthogonal to T while the UV layout's v direction is skewed against u in
    // places, so the bitangent is compared by sign and loosely by angle.
    let checked = 0, tangentOk = 0, bitangentOk = 0, bitangentSign = 0;
    for (let t = 0; t < indices.length / 3; t++) {
      const [a, b, c] = [indices[3 * t], indices[3 * t + 1], indices[3 * t + 2]];
      const e1 = sub(p, b, a), e2 = sub(p, c, a);
      const du1 = uv[2 * b] - uv[2 * a], dv1 = uv[2 * b + 1] - uv[2 * a + 1];
      const du2 = uv[2 * c] - uv[2 * a], dv2 = uv[2 * c + 1] - uv[2 * a + 1];
      const det = du1 * dv2 - du2 * dv1;
      if (Math.abs(det) < 1e-12) continue;
      // The surface's derivatives along u and v.
      const dPdu = [0, 1, 2].map((k) => (e1[k] * dv2 - e2[k] * dv1) / det);
      const dPdv = [0, 1, 2].map((k) => (e2[k] * du1 - e1[k] * du2) / det);
      for (let j = 0; j < 3; j++) {
        const v = indices[3 * t + j], o = 4 * (3 * t + j);
        const T = [tangents[o], tangents[o + 1], tangents[o + 2]];
        const N = unit([n[3 * v], n[3 * v + 1], n[3 * v + 2]]);
        const B = cross(N, T).map((x) => x * tangents[o + 3]);
        checked++;
        if (dot(T, unit(dPdu)) > Math.cos((30 * Math.PI) / 180)) tangentOk++;
        const along = dot(B, unit(dPdv.map((x) => -x)));
        if (along > Math.cos((45 * Math.PI) / 180)) bitangentOk++;
        if (along > 0) bitangentSign++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(tangentOk / checked).toBeGreaterThan(0.95);
    expect(bitangentOk / checked).toBeGreaterThan(0.95);
    expect(bitangentSign / checked).toBeGreaterThan(0.99);
  });

  it('turn the shading normal the way the map says: +X brightens the side lit from +u', () => {
    const cam = camera(0, { width: 200, height: 200, focal: 420 });
    const view = buildShadingView(mesh, cam, { tangents });
    expect(view.tangent).toBeDefined();
    const flat = createTexture(1, 1, 3, [0, 0, 1]);
    const tilted = createTexture(1, 1, 3, [Math.sin(0.3), 0, Math.cos(0.3)]);
    const render = (normal: typeof flat, direction: number[]) => {
      const material = { albedo: createTexture(1, 1, 3, [1, 1, 1]), specular: createTexture(1, 1, 1, [0]), roughness: createTexture(1, 1, 1, [0.5]), normal, specularColorFactor: 1, specularFactor: 1 };
      const taps = { albedo: bilinearTaps(view.uv, view.count, 1, 1), specular: bilinearTaps(view.uv, view.count, 1, 1), roughness: bilinearTaps(view.uv, view.count, 1, 1), normal: bilinearTaps(view.uv, view.count, 1, 1) };
      const colors = new Float32Array(3 * view.count);
      shadeView(view, taps, material, { sh: new Float32Array(27), direction: Float32Array.from(direction), color: Float32Array.of(1, 1, 1) }, { colors });
      let s = 0;
      for (let i = 0; i < view.count; i++) s += colors[3 * i];
      return s / view.count;
    };
    // The face's u runs from the model's −x to +x (its right to left as the camera sees it): a
    // light from camera +x lights the +u side more once normals tilt to +X.
    expect(render(tilted, [0.6, 0, 0.8])).toBeGreaterThan(render(flat, [0.6, 0, 0.8]) + 0.05);
    expect(render(tilted, [-0.6, 0, 0.8])).toBeLessThan(render(flat, [-0.6, 0, 0.8]) - 0.05);
  });
});
