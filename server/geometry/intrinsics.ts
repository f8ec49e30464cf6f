/**
 * Pinhole intrinsics for a photo: principal point at the image centre, square pixels, and a focal
 * length from EXIF when the file has one.
 */
import type { DecodedPhoto } from '../types.js';

export interface Intrinsics {
  width: number;
  height: number;
  fx: number;
  fy: number;
  cx: number;
  cy: number;
}

/** Diagonal of the 36 x 24 mm frame that "35 mm-equivalent" refers to. */
const FULL_FRAME_DIAGONAL_MM = Math.hypot(36, 24);

/**
 * Without EXIF: a 50 mm-equivalent lens (46.8 degrees across the diagonal). Phones shoot at 24–28 mm
 * but faces fill their frames only in close selfies, and portraits are taken at 50–135 mm; 50 mm
 * sits between, and a moderately wrong focal length mostly moves the head along the viewing axis
 * rather than bending the fit.
 */
export const DEFAULT_FOCAL_35MM = 50;

/**
 * fx = fy = f35 * hypot(width, height) / hypot(36 mm, 24 mm): the 35 mm equivalent is defined over
 * the diagonal (CIPA DC-008), which also holds for 4:3 and 16:9 sensors whose aspect differs from
 * 3:2. EXIF values outside 8–1200 mm are treated as missing (some writers store 0 or junk).
 */
export function photoIntrinsics(photo: Pick<DecodedPhoto, 'image' | 'focal35mm'>): Intrinsics {
  const { width, height } = photo.image;
  const f35 = photo.focal35mm !== undefined && photo.focal35mm >= 8 && photo.focal35mm <= 1200 ? photo.focal35mm : DEFAULT_FOCAL_35MM;
  const f = (f35 * Math.hypot(width, height)) / FULL_FRAME_DIAGONAL_MM;
  return { width, height, fx: f, fy: f, cx: width / 2, cy: height / 2 };
}
