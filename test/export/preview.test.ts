import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { encodePreviewMap, renderPreview, type PreviewImage } from '../../server/export/preview.js';
import { projectVertices } from '../../server/render/raster.js';
import type { CameraFit, MeshBuffers, RgbImage } from '../../server/types.js';
import { canonicalMeshBuffers, PHOTO } from './fixtures.js';
import { ASTRONAUT } from '../support/photos.js';


/** The canonical face 0.6 m in front of the camera, turned a little, over Grace Hopper's face. */
function cameraFor(image: RgbImage): CameraFit {
  const half = 0.125;
  return {
    width: image.width,
    height: image.height,
    fx: 800,
    fy: 800,
    cx: 256,
    cy: 300,
    rotation: [0, Math.sin(half), 0, Math.cos(half)],
    translation: [0, 0.02, -0.6],
  };
}

async function rgb(input: string | Uint8Array, size?: number): Promise<RgbImage> {
  let img = sharp(input).removeAlpha();
  if (size) img = img.resize(size, size, { fit: 'fill' });
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

async function decode(jpeg: Uint8Array): Promise<RgbImage> {
  const meta = await sharp(jpeg).metadata();
  expect(meta.format).toBe('jpeg');
  return rgb(jpeg);
}

/** The projected mesh's bounds in the frame's pixels, through the crop the frame reports. */
function frameBounds(mesh: MeshBuffers, camera: CameraFit, frame: PreviewImage) {
  const s = projectVertices(mesh.positions, camera);
  const kx = frame.width / frame.crop.width, ky = frame.height / frame.crop.height;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < s.length; i += 3) {
    const x = (s[i] - frame.crop.x) * kx, y = (s[i + 1] - frame.crop.y) * ky;
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

/** Mean absolute difference per channel over the pixels `where` accepts. */
function meanDiff(a: RgbImage, b: RgbImage, where: (x: number, y: number) => boolean): number {
  let sum = 0, n = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (!where(x, y)) continue;
      const o = 3 * (y * a.width + x);
      for (let c = 0; c < 3; c++) sum += Math.abs(a.data[o + c] - b.data[o + c]);
      n += 3;
    }
  }
  expect(n).toBeGreaterThan(300);
  return sum / n;
}

describe('renderPreview', () => {
  let photo: RgbImage;
  let mesh: MeshBuffers;
  let camera: CameraFit;
  beforeAll(async () => {
    photo = await rgb(PHOTO);
    mesh = canonicalMeshBuffers();
    camera = cameraFor(photo);
  });

  /** The same crop of the photo, shrunk by sharp: what the frame must show away from the mesh. */
  async function plainCrop(frame: PreviewImage): Promise<RgbImage> {
    const { x, y, width, height } = frame.crop;
    const png = await sharp(PHOTO).extract({ left: x, top: y, width, height }).resize(frame.width, frame.height, { fit: 'fill' }).png().toBuffer();
    return rgb(png);
  }

  for (const mode of ['grey', 'textured'] as const) {
    it(`draws the ${mode} mesh over the face, cropped with a margin, at most maxSize`, async () => {
      const texture = mode === 'textured' ? { data: (await rgb(ASTRONAUT, 256)).data, size: 256 } : null;
      const frame = await renderPreview(photo, mesh, camera, texture, { maxSize: 200, quality: 85 });
      expect(Math.max(frame.width, frame.height)).toBe(200);
      const image = await decode(frame.jpeg);
      expect([image.width, image.height]).toEqual([frame.width, frame.height]);
      // The crop keeps the photo's aspect per pixel and contains the whole projected mesh, with room around it.
      expect(frame.crop.width / frame.crop.height).toBeCloseTo(frame.width / frame.height, 1);
      const b = frameBounds(mesh, camera, frame);
      expect(b.x0).toBeGreaterThan(10);
      expect(b.y0).toBeGreaterThan(10);
      expect(b.x1).toBeLessThan(frame.width - 10);
      expect(b.y1).toBeLessThan(frame.height - 10);

      const reference = await plainCrop(frame);
      const cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2, hw = (b.x1 - b.x0) / 2, hh = (b.y1 - b.y0) / 2;
      const outside = (x: number, y: number) => x + 0.5 < b.x0 - 2 || x + 0.5 > b.x1 + 2 || y + 0.5 < b.y0 - 2 || y + 0.5 > b.y1 + 2;
      // The middle of the face is surely covered by front faces.
      const core = (x: number, y: number) => Math.abs(x + 0.5 - cx) < hw * 0.4 && Math.abs(y + 0.5 - cy) < hh * 0.4;
      expect(meanDiff(image, reference, outside)).toBeLessThan(6);
      expect(meanDiff(image, reference, core)).toBeGreaterThan(15);
      if (mode === 'grey') {
        // Grey shading blended over a colour photo leaves little colour in the core.
        let chroma = 0, n = 0;
        for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) {
          if (!core(x, y)) continue;
          const o = 3 * (y * image.width + x);
          chroma += Math.max(image.data[o], image.data[o + 1], image.data[o + 2]) - Math.min(image.data[o], image.data[o + 1], image.data[o + 2]);
          n++;
        }
        let photoChroma = 0;
        for (let y = 0; y < reference.height; y++) for (let x = 0; x < reference.width; x++) {
          if (!core(x, y)) continue;
          const o = 3 * (y * reference.width + x);
          photoChroma += Math.max(reference.data[o], reference.data[o + 1], reference.data[o + 2]) - Math.min(reference.data[o], reference.data[o + 1], reference.data[o + 2]);
        }
        expect(chroma / n).toBeLessThan(0.5 * (photoChroma / n));
      }
    });
  }

  it('shows the textured mesh right way up: the texture top lands at the top of the face', async () => {
    // A texture that is white in its top half and black below (UV origin top-left).
    const size = 64;
    const data = new Uint8Array(size * size * 3);
    data.fill(255, 0, (size * size * 3) / 2);
    const frame = await renderPreview(photo, mesh, camera, { data, size }, { maxSize: 256 });
    const image = await decode(frame.jpeg);
    const b = frameBounds(mesh, camera, frame);
    const cx = Math.round((b.x0 + b.x1) / 2);
    const at = (y: number) => image.data[3 * (Math.round(y) * image.width + cx)];
    // Forehead bright, chin dark (80% opacity over the photo).
    expect(at(b.y0 + 0.15 * (b.y1 - b.y0))).toBeGreaterThan(180);
    expect(at(b.y0 + 0.85 * (b.y1 - b.y0))).toBeLessThan(80);
  });

  it('never enlarges a small crop and falls back to the whole photo when the mesh is behind the camera', async () => {
    const small = await renderPreview(photo, mesh, camera, null, { maxSize: 4096 });
    expect([small.width, small.height]).toEqual([small.crop.width, small.crop.height]);
    const behind = await renderPreview(photo, mesh, { ...camera, translation: [0, 0, 0.6] }, null, { maxSize: 400 });
    expect(behind.crop).toEqual({ x: 0, y: 0, width: photo.width, height: photo.height });
    const image = await decode(behind.jpeg);
    const reference = await sharp(PHOTO).resize(behind.width, behind.height, { fit: 'fill' }).png().toBuffer();
    expect(meanDiff(image, await rgb(reference), () => true)).toBeLessThan(6);
  });
});

describe('encodePreviewMap', () => {
  it('shrinks a colour map to 256 as JPEG and a grey map as a one-channel PNG', async () => {
    const albedo = await rgb(PHOTO, 1024);
    const colour = await encodePreviewMap('albedo', { data: albedo.data, width: 1024, height: 1024, channels: 3 }, 'srgb');
    expect([colour.width, colour.height, colour.encoding, colour.colorSpace, colour.kind]).toEqual([256, 256, 'image/jpeg', 'srgb', 'albedo']);
    const cm = await sharp(colour.data).metadata();
    expect([cm.format, cm.width, cm.height]).toEqual(['jpeg', 256, 256]);
    const shrunk = await rgb(await sharp(PHOTO).resize(256, 256, { fit: 'fill' }).png().toBuffer());
    expect(meanDiff(await rgb(colour.data), shrunk, () => true)).toBeLessThan(8);

    const grey = new Uint8Array(512 * 512);
    for (let i = 0; i < grey.length; i++) grey[i] = (i % 512) >> 1;
    const g = await encodePreviewMap('confidence', { data: grey, width: 512, height: 512, channels: 1 }, 'linear', 128);
    expect([g.width, g.height, g.encoding]).toEqual([128, 128, 'image/png']);
    const gm = await sharp(g.data).metadata();
    expect([gm.format, gm.channels]).toEqual(['png', 1]);
    const row = await sharp(g.data).extractChannel(0).raw().toBuffer();
    // A horizontal ramp 0..255 stays a ramp.
    expect(row[0]).toBeLessThan(4);
    expect(row[127]).toBeGreaterThan(250);
  });
});
