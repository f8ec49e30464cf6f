/**
 * Face detection with @vladmandic/human: blazeface finds faces, facemesh + iris give 478
 * landmarks, faceres gives a 1024-D identity embedding. Everything else human can do is off.
 *
 * human keeps its models and per-frame caches in module-level variables, so one loaded Human
 * serves the whole process: detectors share it, and calls run one at a time.
 */
import sharp from 'sharp';
import type { Config, FaceResult, Human } from '@vladmandic/human';
import type { DetectedFace, RgbImage } from '../types.js';
import { detectionBackend, type BackendName } from './backend.js';
import { humanModelsUrl } from './model-files.js';
import { IRIS_POINTS, LEFT_IRIS, MESH_POINTS, RIGHT_IRIS } from './mesh-landmarks.js';

/** Faces kept per photo; more than this is a crowd, not a portrait session. */
const MAX_FACES = 10;

/**
 * Photos larger than this (longest side, px) are shrunk with a proper filter before detection.
 * blazeface sees 256x256 and facemesh a 192x192 crop either way, and human's own crops are
 * bilinear without antialiasing; a pre-shrunk photo gives them cleaner pixels and keeps the
 * float32 input tensor (a padded square) at 50 MB or less. Landmarks are scaled back to the
 * photo's pixels.
 */
const DETECT_MAX_SIDE = 2048;

function humanConfig(): Partial<Config> {
  const off = { enabled: false };
  return {
    modelBasePath: humanModelsUrl(),
    debug: false,
    warmup: 'none',
    // Still photos: never reuse boxes or results from a previous call.
    cacheSensitivity: 0,
    skipAllowed: false,
    filter: { enabled: false },
    gesture: off,
    body: off,
    hand: off,
    object: off,
    segmentation: off,
    face: {
      enabled: true,
      detector: { rotation: true, maxDetected: MAX_FACES, skipFrames: 0, skipTime: 0, minConfidence: 0.2, return: false },
      mesh: { enabled: true },
      iris: { enabled: true },
      attention: off, // its model is not shipped in the npm package; iris gives the same 478 points
      description: { enabled: true, skipFrames: 0, skipTime: 0 },
      emotion: off,
      antispoof: off,
      liveness: off,
    },
  };
}

interface Shared {
  human: Human;
  backend: BackendName;
  /** facemesh's square input size; human's raw mesh z is in these crop pixels. */
  meshInput: number;
}

let shared: Promise<Shared> | undefined;
let users = 0;
/** Serialises every use of the shared Human: detections, and unloading after the last dispose. */
let queue: Promise<unknown> = Promise.resolve();

async function loadShared(): Promise<Shared> {
  const backend = await detectionBackend();
  const human = backend.createHuman(humanConfig());
  await human.load();
  const facemesh = human.models.models.facemesh;
  const meshInput = facemesh?.inputs[0]?.shape?.[2];
  if (!facemesh || !human.models.models.blazeface || !human.models.models.faceres || !human.models.models.iris || !meshInput) {
    throw new Error(`face models failed to load from ${humanModelsUrl()} (loaded: ${human.models.loaded().join(', ') || 'none'})`);
  }
  return { human, backend: backend.name, meshInput };
}

function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export class FaceDetector {
  private disposed = false;

  private constructor(
    private readonly shared: Shared,
    readonly backend: BackendName,
  ) {}

  /** Loads the models (once per process; later detectors reuse them). */
  static async load(): Promise<FaceDetector> {
    users++;
    try {
      shared ??= loadShared();
      const s = await shared;
      return new FaceDetector(s, s.backend);
    } catch (err) {
      users--;
      shared = undefined;
      throw err;
    }
  }

  /** Faces in the image, largest box first; landmarks and boxes in the image's pixels. */
  detect(image: RgbImage): Promise<DetectedFace[]> {
    if (this.disposed) return Promise.reject(new Error('FaceDetector.detect called after dispose()'));
    return enqueue(() => detectFaces(this.shared, image));
  }

  /** tfjs's live tensors and their bytes; steady between calls when nothing leaks. */
  memory(): { numTensors: number; numBytes: number } {
    const tf = this.shared.human.tf as { memory(): { numTensors: number; numBytes: number } };
    const { numTensors, numBytes } = tf.memory();
    return { numTensors, numBytes };
  }

  /** Releases this detector; the models are freed once the last detector is disposed. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    users--;
    const mine = this.shared;
    void enqueue(async () => {
      if (users > 0 || !shared || (await shared) !== mine) return;
      shared = undefined;
      for (const model of Object.values(mine.human.models.models)) model?.dispose();
      // Marks human's module-level model slots for reloading on the next load().
      mine.human.reset();
    });
  }
}

/**
 * blazeface sees the whole photo at 256x256 and misses faces narrower than about 8% of the
 * photo's longer side (measured: found at 8%, lost at 6%). When the whole photo gives nothing,
 * overlapping tiles half that size are searched too, which halves the smallest findable face.
 * Photos smaller than this (longer side, px) are not tiled.
 */
const TILE_MIN_PHOTO_SIDE = 640;
/** Two detections whose boxes overlap more than this (IoU) are the same face seen from two tiles. */
const SAME_FACE_IOU = 0.3;

interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Where a piece of the working image sits in the photo: photo = (piece + offset) * scale. */
interface Placement {
  offsetX: number;
  offsetY: number;
  scaleX: number;
  scaleY: number;
}

async function detectFaces(s: Shared, image: RgbImage): Promise<DetectedFace[]> {
  const work = await workingImage(image);
  const scaleX = image.width / work.width;
  const scaleY = image.height / work.height;
  let faces = await detectIn(s, work, { offsetX: 0, offsetY: 0, scaleX, scaleY });
  if (faces.length === 0 && Math.max(work.width, work.height) >= TILE_MIN_PHOTO_SIDE) {
    for (const tile of tiles(work)) {
      const found = await detectIn(s, crop(work, tile), { offsetX: tile.x, offsetY: tile.y, scaleX, scaleY });
      faces = mergeSameFaces(faces, found);
    }
  }
  return faces.sort((a, b) => boxArea(b) - boxArea(a));
}

async function workingImage(image: RgbImage): Promise<Pixels> {
  const longest = Math.max(image.width, image.height);
  if (longest <= DETECT_MAX_SIDE) return image;
  const scale = DETECT_MAX_SIDE / longest;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const data = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer();
  return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

async function detectIn(s: Shared, pixels: Pixels, at: Placement): Promise<DetectedFace[]> {
  const tf = s.human.tf as { tensor3d(values: Float32Array, shape: number[], dtype: string): { dispose(): void } };
  const side = Math.max(pixels.width, pixels.height);
  const input = tf.tensor3d(squareInput(pixels, side), [side, side, 3], 'float32');
  let result;
  try {
    result = await s.human.detect(input as never);
  } finally {
    input.dispose();
  }
  if (result.error) throw new Error(`face detection failed: ${result.error}`);
  return result.face.map((face) => toDetectedFace(face, at, s.meshInput)).filter((f): f is DetectedFace => f !== null);
}

/**
 * The pixels as float32 (human would otherwise cast, holding two copies), padded with grey at
 * the right and bottom to a square. blazeface stretches its input to 256x256; a wide photo would
 * squash faces sideways and shift their boxes. Padding there leaves coordinates unchanged.
 */
const PAD_GREY = 128;

function squareInput(pixels: Pixels, side: number): Float32Array {
  const out = new Float32Array(side * side * 3).fill(PAD_GREY);
  const rowLength = pixels.width * 3;
  for (let row = 0; row < pixels.height; row++) {
    out.set(pixels.data.subarray(row * rowLength, (row + 1) * rowLength), row * side * 3);
  }
  return out;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Square tiles half the longer side wide, overlapping by half, covering the image. */
function tiles(image: Pixels): Rect[] {
  const side = Math.ceil(Math.max(image.width, image.height) / 2);
  const starts = (length: number): number[] => {
    const size = Math.min(side, length);
    const out: number[] = [];
    for (let p = 0; p + size < length; p += Math.floor(side / 2)) out.push(p);
    out.push(length - size);
    return out;
  };
  const rects: Rect[] = [];
  for (const y of starts(image.height)) {
    for (const x of starts(image.width)) {
      rects.push({ x, y, width: Math.min(side, image.width), height: Math.min(side, image.height) });
    }
  }
  return rects;
}

function crop(image: Pixels, r: Rect): Pixels {
  const data = new Uint8Array(r.width * r.height * 3);
  for (let row = 0; row < r.height; row++) {
    const from = ((r.y + row) * image.width + r.x) * 3;
    data.set(image.data.subarray(from, from + r.width * 3), row * r.width * 3);
  }
  return { width: r.width, height: r.height, data };
}

function mergeSameFaces(kept: DetectedFace[], found: DetectedFace[]): DetectedFace[] {
  const out = [...kept];
  for (const face of found) {
    const same = out.findIndex((k) => iou(k.box, face.box) > SAME_FACE_IOU);
    if (same < 0) out.push(face);
    else if (face.score > out[same].score) out[same] = face;
  }
  return out;
}

function iou(a: DetectedFace['box'], b: DetectedFace['box']): number {
  const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a[2] * a[3] + b[2] * b[3] - inter);
}

function boxArea(face: DetectedFace): number {
  return face.box[2] * face.box[3];
}

/**
 * human rounds its mesh towards zero: x, y to whole pixels of the image it was given (measured
 * from the image's corner: its models work in normalised image coordinates), z to whole pixels
 * of facemesh's 192x192 crop (the model's raw depth: same scale as the crop's x, zero at the
 * mesh's mean depth, negative towards the camera). We take the middle of each rounding interval,
 * place x and y on the photo, and scale z by the crop's size on the photo so that it is in the
 * same pixels as x and y. human lists the iris blocks left eye first; MediaPipe, and
 * DetectedFace, put the right eye (image left) first.
 */
function toDetectedFace(face: FaceResult, at: Placement, meshInput: number): DetectedFace | null {
  if (face.mesh.length !== MESH_POINTS) return null;
  const { offsetX, offsetY, scaleX, scaleY } = at;
  // The square crop facemesh saw: human's face.size is the enlarged detector box, squared by its longer side.
  const cropSide = Math.max(face.size[0], face.size[1]);
  const zScale = (cropSide / meshInput) * scaleX;
  const landmarks = new Float32Array(MESH_POINTS * 3);
  for (let i = 0; i < MESH_POINTS; i++) {
    const [x, y, z = 0] = face.mesh[meshIndex(i)];
    landmarks[3 * i] = (x + 0.5 + offsetX) * scaleX;
    landmarks[3 * i + 1] = (y + 0.5 + offsetY) * scaleY;
    landmarks[3 * i + 2] = (z === 0 ? 0 : z + 0.5 * Math.sign(z)) * zScale;
  }
  const [bx, by, bw, bh] = face.box;
  return {
    box: [(bx + offsetX) * scaleX, (by + offsetY) * scaleY, bw * scaleX, bh * scaleY],
    score: face.score,
    landmarks,
    embedding: unitEmbedding(face.embedding),
  };
}

/** MediaPipe index → human's index: the two iris blocks trade places. */
function meshIndex(i: number): number {
  if (i >= RIGHT_IRIS && i < RIGHT_IRIS + IRIS_POINTS) return i + IRIS_POINTS;
  if (i >= LEFT_IRIS && i < LEFT_IRIS + IRIS_POINTS) return i - IRIS_POINTS;
  return i;
}

function unitEmbedding(values: number[] | undefined): Float32Array | null {
  if (!values || values.length === 0) return null;
  const v = Float32Array.from(values);
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i] * v[i];
  norm = Math.sqrt(norm);
  if (!(norm > 0)) return null;
  for (let i = 0; i < v.length; i++) v[i] /= norm;
  return v;
}
