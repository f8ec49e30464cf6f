/**
 * Every bad photo gets a stable code, an actionable message naming the photo, and the daemon goes
 * on serving; the awkward-but-valid photos (grey, alpha, EXIF-rotated, several faces) succeed.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startDaemon, type DaemonProcess } from '../support/daemon.js';
import { ASTRONAUT, HOPPER, exifRotated, grayscale, noFace, pngWithAlpha, read, tinyFace, truncatedJpeg, twoFaces } from '../support/photos.js';
import { errorCodeName, type Envelope } from '../../server/stream/wire.js';

let d: DaemonProcess;
let c: Client;

beforeAll(async () => {
  d = await startDaemon(['--max-photo-mp', '10']);
  c = await Client.open(d);
}, 60_000);

afterAll(async () => {
  c?.close();
  await d?.stop();
});

async function run(photos: { data: Uint8Array; name: string; faceIndex?: number }[], textureSize = 256): Promise<Envelope[]> {
  const rid = c.send({ generate: { photos, options: { textureSize } } });
  const acc = await c.next((e) => Number(e.requestId) === rid);
  if (acc.body === 'failure') return [acc];
  return c.job(acc.accepted!.jobId!);
}

async function expectFailure(photos: Parameters<typeof run>[0], code: string, photoIndex: number, message: RegExp) {
  const frames = await run(photos);
  const last = frames.at(-1)!;
  expect(last.body, JSON.stringify(last.toJSON())).toBe('failure');
  expect(errorCodeName(last.failure!.code!)).toBe(code);
  expect(last.failure!.hasPhotoIndex).toBe(true);
  expect(last.failure!.photoIndex).toBe(photoIndex);
  expect(last.failure!.message).toMatch(message);
}

const named = (data: Uint8Array, name: string, faceIndex = 0) => ({ data, name, faceIndex });

describe('refused photos', () => {
  it('not an image', () => expectFailure([named(Buffer.from('these are not the pixels you are looking for\n'), 'notes.txt')], 'NOT_AN_IMAGE', 0, /notes\.txt/));

  it('a truncated JPEG', () => expectFailure([named(truncatedJpeg(), 'cut.jpg')], 'IMAGE_TRUNCATED', 0, /cut\.jpg/));

  it('too many pixels', async () => {
    const big = await sharp(HOPPER).resize({ width: 4000, height: 4200 }).jpeg().toBuffer();
    await expectFailure([named(read(HOPPER), 'ok.jpg'), named(big, 'huge.jpg')], 'IMAGE_TOO_LARGE', 1, /huge\.jpg.*10/);
  });

  it('no face', async () => expectFailure([named(await noFace(), 'uniform.jpg')], 'NO_FACE', 0, /uniform\.jpg/));

  it('a tiny face', async () => expectFailure([named(await tinyFace(), 'far.jpg')], 'FACE_TOO_SMALL', 0, /far\.jpg/));

  it('a face index beyond the faces found', async () => expectFailure([named(await twoFaces(), 'pair.jpg', 3)], 'FACE_INDEX_OUT_OF_RANGE', 0, /pair\.jpg/));

  it('photos of two different people in one request', () =>
    expectFailure([named(read(HOPPER), 'hopper.jpg'), named(read(ASTRONAUT), 'collins.png')], 'DIFFERENT_PEOPLE', 1, /hopper\.jpg|collins\.png/));

  it('serves a good photo right after all of the above', async () => {
    expect((await run([named(read(HOPPER), 'hopper.jpg')])).at(-1)!.body).toBe('completed');
  }, 60_000);
});

describe('awkward but valid photos', () => {
  it('several faces: the largest, with a warning', async () => {
    const frames = await run([named(await twoFaces(), 'pair.jpg')]);
    expect(frames.at(-1)!.body).toBe('completed');
    const w = frames.find((f) => f.body === 'warning');
    expect(w?.warning!.code).toBe('several-faces');
    expect(frames.at(-1)!.completed!.summary!.warnings).toContain('several-faces');
  }, 60_000);

  it('several faces: the second one when asked', async () => {
    const frames = await run([named(await twoFaces(), 'pair.jpg', 2)]);
    const fit = frames.at(-1)!.completed!.photos![0];
    // The astronaut sits in the right part of the composite (x > 530).
    expect(fit.landmarks![0]).toBeGreaterThan(530);
  }, 60_000);

  it('grayscale', async () => expect((await run([named(await grayscale(), 'grey.jpg')])).at(-1)!.body).toBe('completed'), 60_000);

  it('PNG with alpha', async () => expect((await run([named(await pngWithAlpha(), 'alpha.png')])).at(-1)!.body).toBe('completed'), 60_000);

  it('a phone photo rotated by EXIF', async () => {
    const frames = await run([named(await exifRotated(), 'phone.jpg')]);
    const fit = frames.at(-1)!.completed!.photos![0];
    // Upright after orientation: the same size as the original portrait, not its transpose.
    expect([fit.camera!.width, fit.camera!.height]).toEqual([512, 600]);
  }, 60_000);

  it('two photos of the same person: one mesh, one texture, a camera each', async () => {
    const mirrored = await sharp(HOPPER).flop().modulate({ brightness: 0.85 }).jpeg().toBuffer();
    const frames = await run([named(read(HOPPER), 'a.jpg'), named(mirrored, 'b.jpg')], 512);
    const done = frames.at(-1)!.completed!;
    expect(done.photos!.length).toBe(2);
    // One mesh: the full head's three levels of detail, LOD0 first.
    expect(frames.filter((f) => f.body === 'mesh').map((f) => f.mesh!.lod ?? 0)).toEqual([0, 1, 2]);
  }, 60_000);
});
