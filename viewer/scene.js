// The 3D view: renderer, orbit camera, and the loaded avatar with its levels of detail.
import * as THREE from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';

export class AvatarScene {
  constructor(container) {
    this.container = container;
    this.renderer = new THREE.WebGLRenderer({ antialias: true, alpha: true, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(Math.min(devicePixelRatio, 2));
    // The fit's maps and lighting are linear with albedo × irradiance = pixel: no tone curve on top.
    this.renderer.toneMapping = THREE.NoToneMapping;
    this.renderer.outputColorSpace = THREE.SRGBColorSpace;
    container.appendChild(this.renderer.domElement);
    this.scene = new THREE.Scene();
    this.camera = new THREE.PerspectiveCamera(30, 1, 0.01, 10);
    this.camera.position.set(0, 0, 0.8);
    this.controls = new OrbitControls(this.camera, this.renderer.domElement);
    this.controls.enableDamping = true;
    this.controls.addEventListener('change', () => this.requestRender());
    /** The avatar's root, and its levels of detail (meshes grouped per LOD). */
    this.avatar = null;
    this.lods = [];
    /** A camera matrix set from outside (the photo overlay) replaces the orbit camera while set. */
    this.fixedCamera = null;
    this.frames = 0;
    new ResizeObserver(() => this.resize()).observe(container);
    this.resize();
    this.renderer.setAnimationLoop(() => this.tick());
  }

  resize() {
    const w = Math.max(1, this.container.clientWidth);
    const h = Math.max(1, this.container.clientHeight);
    this.renderer.setSize(w, h, false);
    this.renderer.domElement.style.width = `${w}px`;
    this.renderer.domElement.style.height = `${h}px`;
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
    this.onResize?.(w, h);
    this.requestRender();
  }

  requestRender() {
    this.dirty = true;
  }

  tick() {
    const moved = this.fixedCamera ? false : this.controls.update();
    if (!this.dirty && !moved) return;
    this.dirty = false;
    this.renderer.render(this.scene, this.fixedCamera ?? this.camera);
    this.frames++;
  }

  /** Loads a glb from a Blob; replaces the avatar shown. */
  async load(blob) {
    const url = URL.createObjectURL(blob);
    try {
      const gltf = await new GLTFLoader().loadAsync(url);
      await addLodLevels(gltf);
      this.setAvatar(gltf.scene);
      return gltf;
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  setAvatar(root) {
    if (this.avatar) {
      this.scene.remove(this.avatar);
      this.avatar.traverse((o) => {
        o.geometry?.dispose();
        for (const m of [o.material].flat()) m?.dispose?.();
      });
    }
    this.avatar = root;
    this.scene.add(root);
    // What the exporter writes on the avatar node (glTF extras: three.js's userData): per photo
    // the full fitted lighting and the photo's expression.
    this.extras = {};
    root.traverse((o) => {
      if (o.userData?.generator === 'fitme-bridge') this.extras = o.userData;
    });
    // The exporter names the levels <name>_LOD0.. (MSFT_lod, which three.js does not read): one shows at a time.
    const byLevel = new Map();
    root.traverse((o) => {
      const m = /_LOD(\d+)$/.exec(o.name);
      if (m && !byLevel.has(Number(m[1]))) byLevel.set(Number(m[1]), o);
    });
    this.lods = [...byLevel.entries()].sort((a, b) => a[0] - b[0]).map(([level, node]) => ({ level, node, triangles: triangles(node) }));
    if (!this.lods.length) this.lods = [{ level: 0, node: root, triangles: triangles(root) }];
    this.setLod(0);
    this.frame();
  }

  setLod(level) {
    for (const l of this.lods) l.node.visible = l.level === level;
    this.lod = level;
    this.requestRender();
  }

  /** The meshes of every level (sliders and materials act on all of them). */
  meshes() {
    const out = [];
    this.avatar?.traverse((o) => o.isMesh && out.push(o));
    return out;
  }

  /** Points the orbit camera at the head, from the front. */
  frame() {
    const box = new THREE.Box3().setFromObject(this.lods[0].node);
    const centre = box.getCenter(new THREE.Vector3());
    const size = box.getSize(new THREE.Vector3()).length();
    this.controls.target.copy(centre);
    this.camera.position.copy(centre).add(new THREE.Vector3(0, 0, size * 1.6));
    this.camera.near = size / 100;
    this.camera.far = size * 20;
    this.camera.updateProjectionMatrix();
    this.controls.update();
    this.requestRender();
  }
}

/**
 * three.js does not read MSFT_lod, so the scene holds LOD0 only: the levels it points at are
 * loaded here and put beside it (each node keeps its own transform).
 */
async function addLodLevels(gltf) {
  const { parser } = gltf;
  const defs = parser.json.nodes ?? [];
  const byIndex = new Map();
  gltf.scene.traverse((o) => {
    const a = parser.associations.get(o);
    if (a && a.nodes !== undefined && !byIndex.has(a.nodes)) byIndex.set(a.nodes, o);
  });
  for (const [index, object] of byIndex) {
    const ids = defs[index]?.extensions?.MSFT_lod?.ids ?? [];
    for (const id of ids) {
      if (byIndex.has(id)) continue;
      const level = await parser.getDependency('node', id);
      (object.parent ?? gltf.scene).add(level);
    }
  }
}

function triangles(node) {
  let n = 0;
  node.traverse((o) => {
    if (o.isMesh) n += (o.geometry.index ? o.geometry.index.count : o.geometry.attributes.position.count) / 3;
  });
  return n;
}
