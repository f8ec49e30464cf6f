/**
 * A strict reader for the Wavefront OBJ subset ICT-FaceKit ships (`v`, `vt`, `vn`, `f v/vt`,
 * `usemtl`, `mtllib`, comments). Strict because a damaged download must be reported with its file
 * and line rather than turned into a subtly wrong model.
 *
 * Every ICT OBJ shares one topology, so only the neutral mesh is read in full; for the other
 * files the reader takes the positions and leaves the rest (from the first `vt` line) to a byte
 * comparison with the neutral file.
 */
import { ModelImportError } from './import-error.js';

export interface ObjMesh {
  /** xyz per vertex, in the file's units. */
  positions: Float64Array;
  /** uv per texture coordinate, as in the file (origin bottom-left). */
  texcoords: Float64Array;
  /** Face f has corners faceStarts[f] .. faceStarts[f+1]-1 in cornerVertex / cornerTexcoord. */
  faceStarts: Uint32Array;
  cornerVertex: Uint32Array; // 0-based
  cornerTexcoord: Uint32Array; // 0-based
  /** Faces firstFace.. up to the next group's firstFace use this material. */
  materials: { name: string; firstFace: number }[];
  /** The comment block at the top of the file (ICT's copyright and licence notice). */
  headerComment: string;
  /** Byte offset and line number of the first `vt` line: from here on, all files are the same. */
  topologyOffset: number;
  topologyLine: number;
}

const CORNER = /^(\d+)\/(\d+)(?:\/\d*)?$/;

const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/** Walks the lines of a buffer, keeping the line number for messages. */
class Lines {
  private pos = 0;
  lineNo: number;
  /** The current line is bytes[start, end), without its line ending. */
  start = 0;
  end = 0;

  constructor(
    readonly file: string,
    readonly bytes: Uint8Array,
    linesBefore = 0,
  ) {
    this.lineNo = linesBefore;
  }

  /** Moves to the next line; false at the end. */
  advance(): boolean {
    if (this.pos >= this.bytes.length) return false;
    this.start = this.pos;
    let end = this.bytes.indexOf(NEWLINE, this.pos);
    if (end < 0) end = this.bytes.length;
    this.pos = end + 1;
    this.lineNo++;
    // Files checked out with CRLF line endings read the same.
    if (end > this.start && this.bytes[end - 1] === 0x0d) end--;
    this.end = end;
    return true;
  }

  atEnd(): boolean {
    return this.pos >= this.bytes.length;
  }

  text(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + this.start, this.end - this.start).toString('latin1');
  }

  /** `v` followed by a blank: checked on the bytes because vertex lines are most of every file. */
  isVertex(): boolean {
    const b = this.bytes;
    return this.end - this.start > 1 && b[this.start] === 0x76 && (b[this.start + 1] === SPACE || b[this.start + 1] === TAB);
  }

  corrupt(problem: string, showLine = true): ModelImportError {
    const line = this.text();
    const shown = showLine ? `: "${line.length > 60 ? `${line.slice(0, 60)}…` : line}"` : '';
    return new ModelImportError(
      'MODEL_FILE_CORRUPT',
      `${this.file}, line ${this.lineNo}: ${problem}${shown}. The file is damaged; replace the FaceXModel folder with a fresh copy from the ICT-FaceKit repository and import again.`,
    );
  }
}

const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Parses the blank-separated decimal numbers in bytes[from, to) into `out`. Returns how many, or
 * -1 for anything that is not a finite number or more numbers than `out` holds. Parsing the bytes
 * directly is several times faster than strings and regular expressions, and as exact: a mantissa
 * of at most 15 digits and a power of ten up to 1e22 are both exact doubles, so the one division
 * or multiplication rounds correctly, as Number() does; anything longer goes through Number().
 */
function parseNumbers(b: Uint8Array, from: number, to: number, out: Float64Array): number {
  let n = 0;
  let i = from;
  for (;;) {
    while (i < to && (b[i] === SPACE || b[i] === TAB)) i++;
    if (i >= to) return n;
    if (n === out.length) return -1;
    const numberStart = i;
    const negative = b[i] === 0x2d;
    if (negative || b[i] === 0x2b) i++;
    let mantissa = 0;
    let digits = 0;
    let exponent = 0;
    for (; i < to && isDigit(b[i]); i++, digits++) mantissa = mantissa * 10 + (b[i] - 0x30);
    if (i < to && b[i] === 0x2e) {
      for (i++; i < to && isDigit(b[i]); i++, digits++, exponent--) mantissa = mantissa * 10 + (b[i] - 0x30);
    }
    if (digits === 0) return -1;
    if (i < to && (b[i] === 0x65 || b[i] === 0x45)) {
      i++;
      const negativeExponent = b[i] === 0x2d;
      if (negativeExponent || b[i] === 0x2b) i++;
      let e = 0;
      const eStart = i;
      for (; i < to && isDigit(b[i]); i++) e = Math.min(e * 10 + (b[i] - 0x30), 1e6);
      if (i === eStart) return -1;
      exponent += negativeExponent ? -e : e;
    }
    if (i < to && b[i] !== SPACE && b[i] !== TAB) return -1;
    let value: number;
    if (digits <= 15 && exponent >= -22 && exponent <= 22) {
      value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
      if (negative) value = -value;
    } else {
      value = Number(Buffer.from(b.buffer, b.byteOffset + numberStart, i - numberStart).toString('latin1'));
    }
    if (!Number.isFinite(value)) return -1;
    out[n++] = value;
  }
}

const scratch = new Float64Array(6);
const texcoordScratch = scratch.subarray(0, 3);

/** `v x y z`, with up to three more numbers (w, or vertex colours) that are legal OBJ and ignored. */
function parseVertex(lines: Lines, out: number[]): void {
  if (parseNumbers(lines.bytes, lines.start + 1, lines.end, scratch) < 3) throw lines.corrupt('expected "v x y z"');
  out.push(scratch[0], scratch[1], scratch[2]);
}

function keyword(line: string): string {
  const m = /^\s*(\S*)/.exec(line);
  return m ? m[1] : '';
}

/** Lines any OBJ may carry that say nothing about the geometry. */
function isIgnorable(kw: string): boolean {
  return kw === '' || kw.startsWith('#') || kw === 'mtllib' || kw === 'o' || kw === 'g' || kw === 's';
}

/** Reads a whole OBJ: positions, texture coordinates, faces and material groups. */
export function readObjMesh(file: string, bytes: Uint8Array): ObjMesh {
  const lines = new Lines(file, bytes);
  const positions: number[] = [];
  const texcoords: number[] = [];
  const faceStarts: number[] = [0];
  const cornerVertex: number[] = [];
  const cornerTexcoord: number[] = [];
  const materials: { name: string; firstFace: number }[] = [];
  const header: string[] = [];
  let inHeader = true;
  let topologyOffset = -1;
  let topologyLine = 0;
  while (lines.advance()) {
    if (lines.isVertex()) {
      inHeader = false;
      parseVertex(lines, positions);
      continue;
    }
    const line = lines.text();
    const kw = keyword(line);
    if (inHeader && kw.startsWith('#')) {
      header.push(line);
      continue;
    }
    inHeader = false;
    if (kw === 'vt') {
      if (topologyOffset < 0) {
        topologyOffset = lines.start;
        topologyLine = lines.lineNo;
      }
      if (parseNumbers(bytes, lines.start + 2, lines.end, texcoordScratch) < 2) throw lines.corrupt('expected "vt u v"');
      texcoords.push(scratch[0], scratch[1]);
    } else if (kw === 'f') {
      const corners = line.trim().split(/[ \t]+/).slice(1);
      if (corners.length !== 3 && corners.length !== 4) {
        throw lines.corrupt(`a face needs 3 or 4 corners, this one has ${corners.length}`);
      }
      for (const c of corners) {
        const m = CORNER.exec(c);
        if (!m) throw lines.corrupt('expected face corners as "vertex/texcoord"');
        const v = Number(m[1]), t = Number(m[2]);
        if (v < 1 || v > positions.length / 3) throw lines.corrupt(`vertex ${v} is not defined before this face`);
        if (t < 1 || t > texcoords.length / 2) throw lines.corrupt(`texture coordinate ${t} is not defined before this face`);
        cornerVertex.push(v - 1);
        cornerTexcoord.push(t - 1);
      }
      faceStarts.push(cornerVertex.length);
    } else if (kw === 'usemtl') {
      const name = line.trim().split(/[ \t]+/)[1];
      if (!name) throw lines.corrupt('usemtl without a material name');
      materials.push({ name, firstFace: faceStarts.length - 1 });
    } else if (kw !== 'vn' && !isIgnorable(kw)) {
      throw lines.corrupt('not an OBJ statement');
    }
  }
  return {
    positions: Float64Array.from(positions),
    texcoords: Float64Array.from(texcoords),
    faceStarts: Uint32Array.from(faceStarts),
    cornerVertex: Uint32Array.from(cornerVertex),
    cornerTexcoord: Uint32Array.from(cornerTexcoord),
    materials,
    headerComment: header.join('\n'),
    topologyOffset: topologyOffset < 0 ? bytes.length : topologyOffset,
    topologyLine,
  };
}

export interface ObjReference {
  file: string;
  bytes: Uint8Array;
  mesh: ObjMesh;
}

/**
 * Reads the positions of an OBJ that shares `reference`'s topology, and checks that the rest of the
 * file (texture coordinates, faces, materials) is byte for byte the reference's.
 */
export function readObjPositions(file: string, bytes: Uint8Array, reference: ObjReference): Float64Array {
  const expected = reference.mesh.positions.length / 3;
  const lines = new Lines(file, bytes);
  const out: number[] = [];
  let atTopology = false;
  while (!atTopology && lines.advance()) {
    if (lines.isVertex()) {
      parseVertex(lines, out);
      continue;
    }
    const kw = keyword(lines.text());
    if (kw === 'vt') atTopology = true;
    else if (!isIgnorable(kw)) throw lines.corrupt('expected a vertex ("v x y z") here');
  }
  const count = out.length / 3;
  if (!atTopology) {
    throw lines.corrupt(`the file ends after ${count} of ${expected} vertices, before its texture coordinates and faces (truncated?)`, false);
  }
  if (count !== expected) {
    throw new ModelImportError(
      'MODEL_FILE_CORRUPT',
      `${file} has ${count} vertices where ${reference.file} has ${expected}; every ICT-FaceKit OBJ shares one topology. Replace the FaceXModel folder with a fresh copy from the ICT-FaceKit repository and import again.`,
    );
  }
  compareTopology(file, bytes.subarray(lines.start), lines.lineNo - 1, reference);
  return Float64Array.from(out);
}

/** Names the first line where a file's topology section departs from the reference's. */
function compareTopology(file: string, tail: Uint8Array, linesBefore: number, reference: ObjReference): void {
  const refTail = reference.bytes.subarray(reference.mesh.topologyOffset);
  if (Buffer.compare(tail, refTail) === 0) return;
  const mine = new Lines(file, tail, linesBefore);
  const theirs = new Lines(reference.file, refTail, reference.mesh.topologyLine - 1);
  for (;;) {
    const more = mine.advance();
    const theirsMore = theirs.advance();
    if (!more && !theirsMore) return; // the same lines with other line endings
    if (!more) throw mine.corrupt(`the file ends here, where ${reference.file} goes on (truncated?)`);
    if (theirsMore && mine.atEnd() && theirs.text().startsWith(mine.text())) {
      throw mine.corrupt(`the file ends inside this line (truncated?)`);
    }
    if (!theirsMore || mine.text() !== theirs.text()) {
      throw mine.corrupt(`differs from ${reference.file} line ${theirs.lineNo}, which every ICT-FaceKit OBJ shares`);
    }
  }
}
