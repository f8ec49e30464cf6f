// The photo overlay: the avatar drawn through the camera the fit found for the photo, over the
// photo, lined up pixel for pixel where the photo is shown (letterboxed in the view).
import * as THREE from 'three';

export class PhotoOverlay {
  constructor(view, img) {
    this.view = view;
    this.img = img;
    this.fit = null;
    this.camera = new THREE.PerspectiveCamera();
    this.enabled = false;
    this.opacity = 0.6;
    /** The photo's expression as the fit found it ({ARKit name: weight}), worn over the photo. */
    this.expression = null;
  }

  /** A photo (Blob) and its fitted camera (PhotoFit.camera: width, height, fx, fy, cx, cy, rotation, translation). */
  set(photo, camera) {
    if (this.img.src) URL.revokeObjectURL(this.img.src);
    this.img.removeAttribute('src');
    this.fit = photo && camera ? camera : null;
    if (this.fit) this.img.src = URL.createObjectURL(photo);
    this.update();
  }

  get available() {
    return !!this.fit;
  }

  update() {
    const on = this.enabled && !!this.fit;
    this.img.hidden = !on;
    this.view.renderer.domElement.style.opacity = on ? String(this.opacity) : '1';
    this.view.fixedCamera = on ? this.camera : null;
    if (on) this.place();
    this.view.requestRender();
  }

  place() {
    const { width: w, height: h, fx, fy, cx, cy, rotation: q, translation: t } = this.fit;
    const W = this.view.container.clientWidth;
    const H = this.view.container.clientHeight;
    // object-fit: contain puts the photo at (ox, oy), scaled by s.
    const s = Math.min(W / w, H / h);
    const ox = (W - s * w) / 2;
    const oy = (H - s * h) / 2;
    const near = 0.01;
    const far = 10;
    const ax = (2 * s * fx) / W;
    const bx = (2 * (ox + s * cx)) / W - 1;
    const ay = (2 * s * fy) / H;
    const by = 1 - (2 * (oy + s * cy)) / H;
    this.camera.projectionMatrix.set(ax, 0, -bx, 0, 0, ay, -by, 0, 0, 0, -(far + near) / (far - near), (-2 * far * near) / (far - near), 0, 0, -1, 0);
    this.camera.projectionMatrixInverse.copy(this.camera.projectionMatrix).invert();
    // Model to camera is c = R p + t; the camera sits at -Rᵀt, turned by Rᵀ.
    const inv = new THREE.Quaternion(q[0], q[1], q[2], q[3]).invert();
    this.camera.quaternion.copy(inv);
    this.camera.position.set(t[0], t[1], t[2]).applyQuaternion(inv).negate();
  }
}
