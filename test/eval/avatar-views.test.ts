/** The avatar-alone views' camera and pose: turned about the head's own vertical axis, posed by morph weights. */
import { describe, expect, it } from 'vitest';
import { projectVertices } from '../../server/render/raster.js';
import { posedScene, type ScenePrimitive } from '../../server/render/result-render.js';
import { createTexture } from '../../server/render/texture.js';
import { turnedCamera } from '../../server/reflectance/avatar-views.js';
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
});
