/**
 * Morph-target deltas written as sparse accessors by this module instead of by gltf-transform.
 *
 * gltf-transform finds a sparse accessor's non-zero elements one `getElement` at a time into plain
 * arrays: for the full head's 3 LODs x 51 targets x (POSITION, NORMAL) that was 0.6 s of the
 * export and much of its garbage. Here the same accessors are built straight from the Float32Arrays.
 * The glTF is laid out as gltf-transform lays it out: the accessors have no bufferView (their base
 * is zeros), one bufferView holds every accessor's indices and one their values, and an accessor
 * with no non-zero element is written without data at all.
 *
 * A writer-side Extension only, using gltf-transform's prewrite hook (as EXT_meshopt_compression
 * does): the accessors it writes in prewrite() are skipped by the writer, and write() patches in
 * the bufferView indices once the buffer is laid out. It is not a glTF extension: its name is taken
 * back out of extensionsUsed.
 */
import { Extension, PropertyType, type Accessor, type Buffer as GltfBuffer, type WriterContext } from '@gltf-transform/core';

const UNSIGNED_SHORT = 5123;
const UNSIGNED_INT = 5125;
const FLOAT = 5126;

interface Offered {
  accessor: Accessor;
  deltas: Float32Array;
  /** glTF wants min and max on a target's POSITION (its zeros count: they are the accessor's base). */
  minMax: boolean;
  /** Set in prewrite when written sparse: the accessor's JSON, still to be pointed at the bufferViews. */
  def?: { sparse?: { indices: { bufferView: number }; values: { bufferView: number } } };
}

export class SparseDeltas extends Extension {
  static override readonly EXTENSION_NAME = 'FITME_sparse_deltas';
  override readonly extensionName = SparseDeltas.EXTENSION_NAME;
  override readonly prewriteTypes = [PropertyType.ACCESSOR];
  private readonly offered: Offered[] = [];
  private views?: { indices: Uint8Array; values: Uint8Array };

  /** `accessor` (VEC3 floats, holding `deltas`) is written sparse if that is smaller (see prewrite), else as usual. */
  offer(accessor: Accessor, deltas: Float32Array, minMax: boolean): void {
    this.offered.push({ accessor, deltas, minMax });
  }

  override read(): this {
    return this;
  }

  override prewrite(context: WriterContext): this {
    const json = context.jsonDoc.json;
    json.accessors ??= [];
    const indexBlocks: Uint8Array[] = [];
    const valueBlocks: Uint8Array[] = [];
    let indexBytes = 0;
    let valueBytes = 0;
    let buffer: GltfBuffer | null = null;
    for (const c of this.offered) {
      const { accessor, deltas } = c;
      const count = deltas.length / 3;
      const moving = new Uint32Array(count);
      const min = [0, 0, 0];
      const max = [0, 0, 0];
      let m = 0;
      for (let i = 0; i < count; i++) {
        const x = deltas[3 * i], y = deltas[3 * i + 1], z = deltas[3 * i + 2];
        if (x === 0 && y === 0 && z === 0) continue;
        moving[m++] = i;
        min[0] = Math.min(min[0], x), min[1] = Math.min(min[1], y), min[2] = Math.min(min[2], z);
        max[0] = Math.max(max[0], x), max[1] = Math.max(max[1], y), max[2] = Math.max(max[2], z);
      }
      const short = count - 1 < 0xffff;
      // Sparse where that is smaller: an index (2 or 4 bytes) plus the 12-byte value per moving
      // element, against 12 bytes per element. On an ICT-FaceKit avatar this makes the glb 13%
      // smaller than sparse only up to half the elements. Otherwise gltf-transform writes it dense.
      if (m * (12 + (short ? 2 : 4)) >= 12 * count) continue;
      const def: Record<string, unknown> = { ...context.createPropertyDef(accessor), type: 'VEC3', componentType: FLOAT, count };
      if (c.minMax) {
        def.min = min;
        def.max = max;
      }
      context.accessorIndexMap.set(accessor, json.accessors.length);
      json.accessors.push(def as never);
      if (m === 0) continue;
      buffer ??= accessor.getBuffer();
      const indices = padded(short ? Uint16Array.from(moving.subarray(0, m)) : moving.subarray(0, m));
      const values = new Float32Array(m * 3);
      for (let k = 0; k < m; k++) for (let c = 0; c < 3; c++) values[3 * k + c] = deltas[3 * moving[k] + c];
      def.sparse = {
        count: m,
        indices: { bufferView: -1, byteOffset: indexBytes, componentType: short ? UNSIGNED_SHORT : UNSIGNED_INT },
        values: { bufferView: -1, byteOffset: valueBytes },
      };
      c.def = def as Offered['def'];
      indexBlocks.push(indices);
      valueBlocks.push(new Uint8Array(values.buffer));
      indexBytes += indices.byteLength;
      valueBytes += values.byteLength;
    }
    if (!buffer) return this;
    this.views = { indices: Buffer.concat(indexBlocks, indexBytes), values: Buffer.concat(valueBlocks, valueBytes) };
    // Other buffer views are appended to the buffer unpadded: both are whole multiples of 4 bytes.
    const other = context.otherBufferViews.get(buffer) ?? [];
    other.push(this.views.indices, this.views.values);
    context.otherBufferViews.set(buffer, other);
    return this;
  }

  override write(context: WriterContext): this {
    const json = context.jsonDoc.json;
    json.extensionsUsed = json.extensionsUsed?.filter((name) => name !== this.extensionName);
    if (!this.views) return this;
    const indices = context.otherBufferViewsIndexMap.get(this.views.indices)!;
    const values = context.otherBufferViewsIndexMap.get(this.views.values)!;
    for (const { def } of this.offered) {
      if (!def?.sparse) continue;
      def.sparse.indices.bufferView = indices;
      def.sparse.values.bufferView = values;
    }
    return this;
  }
}

/** The array's bytes, zero-padded to a multiple of 4 (glTF's alignment for the floats after them). */
function padded(a: Uint16Array | Uint32Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(a.byteLength / 4) * 4);
  out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return out;
}
