/** The avatar-alone views' camera and pose: turned about the head's own vertical axis, posed by morph weights. */
import { describe, expect, it } from 'vitest';
import { projectVertices } from '../../server/render/raster.js';
import { posedScene, type ScenePrimitive } from '../../server/render/result-render.js';
import { createTexture } from '../../server/render/texture.js';
import { renderAvatarViews, turnedCamera } from '../../server/reflectance/avatar-views.js';
import { directionalIrradiance, SH_COEFFICIENTS } from '../../server/reflectance/sh.js';
import type { CameraFit } from '../../server/types.js';

const material = { albedo: createTexture(1, 1, 3, [0.5, 0.5, 0.5]), specular: createTexture(1, 1, 1, [1]), roughness: createTexture(1, 1, 1, [0.5]), specularColorFactor: 1, specularFactor: 1 };
// A head-sized box around (0.01, 0.02, −0.03) with a "nose" 0.1 m in front of its centre.
const positions = Float32Array.of(-0.09, -0.1, -0.13, 0.11, 0.14, 0.07, 0.01, 0.02, 0.07);
const scene: ScenePrimitive[] = [
  {
    primitive: {
      name: 'head',
      material: 0,
      buffers: { positions, normals: Float32Array.of(0, 0, 1, 0, 0, 1, 0, 0, 1), uvs: new Float32Array(6), indices: Uint32Array.of(0, 1, 2) },
      targets: [{ positionDeltas: Float32Array.of(0, 0, 0, 0, 0, 0, 0.01, 0, 0), normalDeltas: Float32Array.of(0, 0, 0, 0, 0, 0, 1, 0, -1) }],
    },
    material,
  },
];
// Looking at the head from 0.6 m, turned 10° about the camera's y axis (the photo's own pose).
const camera: CameraFit = { width: 640, height: 480, fx: 800, fy: 800, cx: 320, cy: 240, rotation: [0, Math.sin(0.0873), 0, Math.cos(0.0873)], translation: [0.02, -0.01, -0.6] };
const centre = Float32Array.of(0.01, 0.02, -0.03);

describe('avatar views', () => {
  it('turns the head about its own vertical axis: the centre stays put, the nose swings by sin(yaw) × its distance', () => {
    const at = (cam: CameraFit, p: Float32Array) => Array.from(projectVertices(p, cam));
    expect(turnedCamera(camera, scene, 0)).toEqual({ ...camera, rotation: expect.any(Array), translation: expect.any(Array) });
    for (const yaw of [30, -30]) {
      const turned = turnedCamera(camera, scene, yaw);
      const [x0, y0, d0] = at(camera, centre), [x1, y1, d1] = at(turned, centre);
      expect(x1).toBeCloseTo(x0, 6);
      expect(y1).toBeCloseTo(y0, 6);
      expect(d1).toBeCloseTo(d0, 6);
      // The nose, 0.1 m in front of the centre: in camera space it moves sideways by 0.1 (sin(yaw + 10°) − sin 10°).
      const nose = positions.subarray(6, 9);
      const sideways = (at(turned, nose)[0] - at(camera, nose)[0]) * (at(turned, nose)[2] / camera.fx);
      const expected = 0.1 * (Math.sin(((yaw + 10) * Math.PI) / 180) - Math.sin((10 * Math.PI) / 180));
      expect(sideways).toBeCloseTo(expected, 2);
    }
  });

  it('poses the scene by target name: deltas times weight, normals renormalised; unnamed targets stay at 0', () => {
    const [posed] = posedScene(scene, ['smile'], { smile: 0.5, other: 1 });
    expect(Array.from(posed.primitive.buffers.positions.subarray(6, 9))).toEqual([0.01 + 0.005, 0.02, 0.07].map(Math.fround));
    const n = posed.primitive.buffers.normals.subarray(6, 9);
    expect(n[0]).toBeCloseTo(0.5 / Math.hypot(0.5, 0.5), 6);
    expect(n[2]).toBeCloseTo(0.5 / Math.hypot(0.5, 0.5), 6);
    expect(posedScene(scene, ['smile'], { other: 1 })).toBe(scene);
    expect(Array.from(scene[0].primitive.buffers.positions)).toEqual(Array.from(positions)); // not modified in place
  });

  it('exposes the studio view like the fitted one, also when the photo was lit from the side (a window)', () => {
    // A ball of radius 0.1 m, 0.6 m in front of an untilted camera, lit by a white light from
    // the image's left only: facing the camera the photo's light is dim, the lit cheek bright.
    const rings = 24, segments = 48, r = 0.1;
    const pos: number[] = [], nrm: number[] = [], idx: number[] = [];
    for (let i = 0; i <= rings; i++) {
      for (let j = 0; j <= segments; j++) {
        const th = (Math.PI * i) / rings, ph = (2 * Math.PI * j) / segments;
        const n = [Math.sin(th) * Math.cos(ph), Math.cos(th), Math.sin(th) * Math.sin(ph)];
        nrm.push(...n);
        pos.push(r * n[0], r * n[1], r * n[2]);
      }
    }
    for (let i = 0; i < rings; i++) {
      for (let j = 0; j < segments; j++) {
        const a = i * (segments + 1) + j, b = a + segments + 1;
        idx.push(a, a + 1, b, a + 1, b + 1, b);
      }
    }
    const ball: ScenePrimitive[] = [{
      primitive: { name: 'ball', material: 0, buffers: { positions: Float32Array.from(pos), normals: Float32Array.from(nrm), uvs: new Float32Array((pos.length / 3) * 2), indices: Uint32Array.from(idx) }, targets: [] },
      material: { ...material, specular: createTexture(1, 1, 1, [0]) },
    }];
    const cam: CameraFit = { width: 200, height: 200, fx: 400, fy: 400, cx: 100, cy: 100, rotation: [0, 0, 0, 1], translation: [0, 0, -0.6] };
    const sh = new Float32Array(3 * SH_COEFFICIENTS);
    const one = new Float64Array(SH_COEFFICIENTS);
    directionalIrradiance(-0.94, 0.2, 0.27, one);
    for (let c = 0; c < 3; c++) for (let k = 0; k < SH_COEFFICIENTS; k++) sh[c * SH_COEFFICIENTS + k] = 2 * one[k];
    const views = renderAvatarViews(ball, cam, { sh, direction: Float32Array.of(0, 0, 1), color: new Float32Array(3) });
    const mean = (name: string) => {
      const { render } = views.find((v) => v.name === name)!;
      let sum = 0, count = 0;
      for (let p = 0; p < render.mask.length; p++) if (render.mask[p]) (sum += render.color[3 * p + 1]), count++;
      return sum / count;
    };
    // Exposed by the light facing the camera alone, the studio ball came out at 0.68 of the fitted one.
    expect(mean('studio') / mean('fitted')).toBeCloseTo(1, 2);
    expect(mean('yaw+30') / mean('fitted')).toBeGreaterThan(0.9);
  });
});
