/**
 * 3x3 rotation matrices (row-major Float64Array(9)) and their conversions to and from the unit
 * quaternions (xyzw) that CameraFit and the wire protocol carry.
 */

export type Mat3 = Float64Array;

/** a * b. */
export function mul3(a: Mat3, b: Mat3): Mat3 {
  const out = new Float64Array(9);
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) out[3 * r + c] = a[3 * r] * b[c] + a[3 * r + 1] * b[3 + c] + a[3 * r + 2] * b[6 + c];
  }
  return out;
}

export function transpose3(a: Mat3): Mat3 {
  return Float64Array.of(a[0], a[3], a[6], a[1], a[4], a[7], a[2], a[5], a[8]);
}

/** a * v for v = (x, y, z). */
export function apply3(a: Mat3, x: number, y: number, z: number): [number, number, number] {
  return [a[0] * x + a[1] * y + a[2] * z, a[3] * x + a[4] * y + a[5] * z, a[6] * x + a[7] * y + a[8] * z];
}

/** Rodrigues: the rotation by |w| radians about w. */
export function rotationFromAxisAngle(wx: number, wy: number, wz: number): Mat3 {
  const theta = Math.hypot(wx, wy, wz);
  if (theta < 1e-12) return Float64Array.of(1, -wz, wy, wz, 1, -wx, -wy, wx, 1);
  const kx = wx / theta, ky = wy / theta, kz = wz / theta;
  const c = Math.cos(theta), s = Math.sin(theta), v = 1 - c;
  return Float64Array.of(
    c + kx * kx * v, kx * ky * v - kz * s, kx * kz * v + ky * s,
    ky * kx * v + kz * s, c + ky * ky * v, ky * kz * v - kx * s,
    kz * kx * v - ky * s, kz * ky * v + kx * s, c + kz * kz * v,
  );
}

/** The rotation of a quaternion xyzw (normalised here, so a slightly denormal one still rotates). */
export function rotationFromQuaternion(q: readonly [number, number, number, number]): Mat3 {
  const [x, y, z, w] = q;
  const s = 2 / (x * x + y * y + z * z + w * w);
  return Float64Array.of(
    1 - s * (y * y + z * z), s * (x * y - z * w), s * (x * z + y * w),
    s * (x * y + z * w), 1 - s * (x * x + z * z), s * (y * z - x * w),
    s * (x * z - y * w), s * (y * z + x * w), 1 - s * (x * x + y * y),
  );
}

/** Unit quaternion xyzw of a rotation matrix, w >= 0 (Shepperd's method: stable for every angle). */
export function quaternionFromRotation(m: Mat3): [number, number, number, number] {
  const [m00, m01, m02, m10, m11, m12, m20, m21, m22] = m;
  const trace = m00 + m11 + m22;
  let x: number, y: number, z: number, w: number;
  if (trace > 0) {
    const s = 2 * Math.sqrt(1 + trace);
    w = s / 4;
    x = (m21 - m12) / s;
    y = (m02 - m20) / s;
    z = (m10 - m01) / s;
  } else if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22);
    w = (m21 - m12) / s;
    x = s / 4;
    y = (m01 + m10) / s;
    z = (m02 + m20) / s;
  } else if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22);
    w = (m02 - m20) / s;
    x = (m01 + m10) / s;
    y = s / 4;
    z = (m12 + m21) / s;
  } else {
    const s = 2 * Math.sqrt(1 + m22 - m00 - m11);
    w = (m10 - m01) / s;
    x = (m02 + m20) / s;
    y = (m12 + m21) / s;
    z = s / 4;
  }
  const n = Math.hypot(x, y, z, w) * (w < 0 ? -1 : 1);
  return [x / n, y / n, z / n, w / n];
}
