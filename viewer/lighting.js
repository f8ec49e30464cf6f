// Lighting presets: the light the fit found in the photo (its SH ambient as a light probe, and its
// key light as a directional light when the glb carries it),
// a neutral studio rig, a strong side light, and an HDR environment made on the spot
// (RoomEnvironment: nothing is downloaded).
import * as THREE from 'three';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';

export const PRESETS = ['fitted', 'studio', 'side', 'environment'];

export class Lighting {
  constructor(scene, renderer) {
    this.scene = scene;
    this.renderer = renderer;
    this.rig = new THREE.Group();
    scene.add(this.rig);
    this.fitted = null;
    this.preset = 'studio';
  }

  /**
   * The fit's lighting of one photo, in that photo's camera space: `sh`, 27 SH coefficients
   * (r0..r8, g0..g8, b0..b8) of the ambient irradiance, and optionally the key light (`direction`
   * towards it, `color` I_c as server/render/shade.ts defines them); `rotation` is the camera's
   * (model to camera, quaternion xyzw), which turns them into the head's frame.
   */
  setFitted(light, rotation) {
    this.fitted = null;
    if (light?.sh?.length === 27 && rotation?.length === 4) {
      const q = new THREE.Quaternion(rotation[0], rotation[1], rotation[2], rotation[3]);
      this.fitted = { sh: probeCoefficients(light.sh, q), key: null };
      if (light.direction?.length === 3 && light.color?.length === 3) {
        // Camera to model is the inverse rotation.
        const direction = new THREE.Vector3(...light.direction).normalize().applyQuaternion(q.clone().invert());
        const peak = Math.max(...light.color, 1e-6);
        // shade.ts: I_c is what albedo 1 lit head-on shows; three.js's Lambert divides by π.
        this.fitted.key = { direction, color: new THREE.Color(light.color[0] / peak, light.color[1] / peak, light.color[2] / peak), intensity: Math.PI * peak };
      }
    }
    if (this.preset === 'fitted') this.apply('fitted');
  }

  get hasFitted() {
    return !!this.fitted;
  }

  apply(preset) {
    this.preset = preset;
    this.rig.clear();
    this.scene.environment = null;
    this.scene.background = null;
    if (preset === 'fitted' && this.fitted) {
      const probe = new THREE.LightProbe();
      probe.sh.coefficients.forEach((c, k) => c.copy(this.fitted.sh[k]));
      this.rig.add(probe);
      const key = this.fitted.key;
      if (key) {
        const light = new THREE.DirectionalLight(key.color, key.intensity);
        light.position.copy(key.direction);
        this.rig.add(light);
      }
    } else if (preset === 'side') {
      // fitme eval's side light (server/reflectance/avatar-views.ts): from the left of the front
      // view, ~70° off it, 85 % directional and 15 % ambient (three.js's Lambert divides the
      // directional light by π, its ambient too).
      const key = new THREE.DirectionalLight(0xffffff, 2.6);
      key.position.set(-0.9, 0.3, 0.35);
      this.rig.add(key, new THREE.AmbientLight(0xffffff, 0.46));
    } else if (preset === 'environment') {
      this.envMap ??= new THREE.PMREMGenerator(this.renderer).fromScene(new RoomEnvironment(), 0.04).texture;
      this.scene.environment = this.envMap;
    } else {
      // Studio (also what "fitted" shows for an avatar whose fit left no lighting).
      // fitme eval's studio light: a key above the front view and a little to its left, 65 %,
      // and 35 % uniform ambient, so this viewer and the eval judge the avatar in the same light.
      // Its strength is the fit's (and the side light's): irradiance 1 in all, the light the fit
      // takes the photo's face to be under (reflectance/lighting.ts), ×π for three.js's Lambert.
      const key = new THREE.DirectionalLight(0xffffff, 0.65 * Math.PI);
      key.position.set(-0.25, 0.35, 0.9);
      this.rig.add(key, new THREE.AmbientLight(0xffffff, 0.35 * Math.PI));
    }
  }
}

/**
 * three.js's light probe holds radiance SH and shades albedo/π × (its irradiance); the fit's SH is
 * irradiance with albedo × E = pixel, in camera space. So the coefficients are rotated into model
 * space (by projecting E(R n) back onto the basis over a dense set of directions) and scaled by
 * π / A_l (A = π, 2π/3, π/4 for bands 0, 1, 2).
 */
function probeCoefficients(sh, q) {
  const rot = new THREE.Matrix3().setFromMatrix4(new THREE.Matrix4().makeRotationFromQuaternion(q));
  const n = 4096;
  const out = Array.from({ length: 9 }, () => new THREE.Vector3());
  const d = new THREE.Vector3();
  const c = new THREE.Vector3();
  const yModel = new Float64Array(9);
  const yCam = new Float64Array(9);
  for (let i = 0; i < n; i++) {
    // Fibonacci sphere: near-uniform directions, each standing for 4π/n of solid angle.
    const z = 1 - (2 * (i + 0.5)) / n;
    const r = Math.sqrt(1 - z * z);
    const phi = i * Math.PI * (3 - Math.sqrt(5));
    d.set(r * Math.cos(phi), r * Math.sin(phi), z);
    c.copy(d).applyMatrix3(rot);
    basis(d, yModel);
    basis(c, yCam);
    let er = 0;
    let eg = 0;
    let eb = 0;
    for (let k = 0; k < 9; k++) {
      er += sh[k] * yCam[k];
      eg += sh[9 + k] * yCam[k];
      eb += sh[18 + k] * yCam[k];
    }
    for (let k = 0; k < 9; k++) out[k].add(new THREE.Vector3(er, eg, eb).multiplyScalar(yModel[k] * ((4 * Math.PI) / n)));
  }
  const scale = [1, 1.5, 1.5, 1.5, 4, 4, 4, 4, 4];
  return out.map((v, k) => v.multiplyScalar(scale[k]));
}

/** The real orthonormal SH basis of order 2, in the proto's order (Lighting). */
function basis(v, y) {
  const { x, y: yy, z } = v;
  y[0] = 0.282095;
  y[1] = 0.488603 * yy;
  y[2] = 0.488603 * z;
  y[3] = 0.488603 * x;
  y[4] = 1.092548 * x * yy;
  y[5] = 1.092548 * yy * z;
  y[6] = 0.315392 * (3 * z * z - 1);
  y[7] = 1.092548 * x * z;
  y[8] = 0.546274 * (x * x - yy * yy);
}
