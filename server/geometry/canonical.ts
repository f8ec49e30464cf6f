/**
 * The embedded face model: MediaPipe's canonical face mesh (468 vertices with UVs, Apache-2.0),
 * read from the `@mediapipe/face_mesh` npm package on first use and cached with msgpackr.
 *
 * The mesh lives in the package's packed asset file as the protobuf
 * `face_geometry/data/geometry_pipeline_metadata_landmarks.binarypb` (a GeometryPipelineMetadata:
 * canonical Mesh3d with xyz+uv per vertex, plus the landmark weights MediaPipe itself uses for
 * Procrustes pose estimation). Nothing is copied by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import protobuf from 'protobufjs';
import { packr } from '../config/msgpack.js';
import { cacheDir } from '../config/paths.js';

export interface CanonicalMesh {
  id: 'mediapipe-canonical';
  /** 468 xyz, metres, glTF axes (face looks down +Z, +Y up). */
  positions: Float32Array;
  /** 468 uv, origin top-left; the layout is mirror-symmetric about u = 0.5. */
  uvs: Float32Array;
  /** 898 CCW triangles. */
  indices: Uint32Array;
  /** MediaPipe's Procrustes weights: the landmarks that move least with expression. */
  procrustesIds: Uint32Array;
  procrustesWeights: Float32Array;
  /** For each vertex, its left–right mirror partner (itself on the midline). */
  mirror: Uint32Array;
}

const ASSET = 'face_mesh_solution_packed_assets.data';
const LOADER = 'face_mesh_solution_packed_assets_loader.js';
const ENTRY = '/third_party/mediapipe/modules/face_geometry/data/geometry_pipeline_metadata_landmarks.binarypb';
const CACHE_VERSION = 2;

const SCHEMA = `syntax = "proto2";
message Mesh3d { optional int32 vertex_type = 1; optional int32 primitive_type = 2;
  repeated float vertex_buffer = 3; repeated uint32 index_buffer = 4; }
message WeightedLandmarkRef { optional uint32 landmark_id = 1; optional float weight = 2; }
message GeometryPipelineMetadata { optional int32 input_source = 3; optional Mesh3d canonical_mesh = 1;
  repeated WeightedLandmarkRef procrustes_landmark_basis = 2; }`;

let loaded: CanonicalMesh | undefined;

/** The canonical mesh, from the cache when it is there and current, else extracted anew. */
export function loadCanonicalMesh(): CanonicalMesh {
  if (loaded) return loaded;
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('@mediapipe/face_mesh/package.json'));
  const version = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version as string;
  const file = path.join(cacheDir(), `mediapipe-canonical-${version}-v${CACHE_VERSION}.msgpack`);
  try {
    loaded = fromCache(packr.unpack(fs.readFileSync(file)));
    return loaded;
  } catch {
    // Missing or unreadable cache: extract again below.
  }
  loaded = extract(packageDir);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.tmp`, packr.pack(loaded));
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // A read-only cache directory only costs a re-extraction (a few ms) next time.
  }
  return loaded;
}

function fromCache(v: Record<string, unknown>): CanonicalMesh {
  const m = v as unknown as CanonicalMesh;
  if (m.id !== 'mediapipe-canonical' || !(m.positions instanceof Float32Array) || m.positions.length !== 468 * 3) {
    throw new Error('stale cache');
  }
  return m;
}

function extract(packageDir: string): CanonicalMesh {
  // The loader script lists each packed file's byte range; find ours there rather than hard-coding it.
  const loader = fs.readFileSync(path.join(packageDir, LOADER), 'utf8');
  const entry = new RegExp(`"filename":\\s*"${ENTRY}",\\s*"start":\\s*(\\d+),\\s*"end":\\s*(\\d+)`).exec(loader);
  if (!entry) throw new Error(`@mediapipe/face_mesh: ${ENTRY} not listed in ${LOADER}; is the package version supported?`);
  const bytes = fs.readFileSync(path.join(packageDir, ASSET)).subarray(Number(entry[1]), Number(entry[2]));
  const type = protobuf.parse(SCHEMA).root.lookupType('GeometryPipelineMetadata');
  const meta = type.toObject(type.decode(bytes)) as {
    canonicalMesh: { vertexBuffer: number[]; indexBuffer: number[] };
    procrustesLandmarkBasis: { landmarkId: number; weight: number }[];
  };
  const vb = meta.canonicalMesh.vertexBuffer;
  const n = vb.length / 5;
  if (n !== 468) throw new Error(`@mediapipe/face_mesh: canonical mesh has ${n} vertices, expected 468`);
  const positions = new Float32Array(n * 3);
  const uvs = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    // Stored in centimetres.
    positions[i * 3] = vb[i * 5] / 100;
    positions[i * 3 + 1] = vb[i * 5 + 1] / 100;
    positions[i * 3 + 2] = vb[i * 5 + 2] / 100;
    uvs[i * 2] = vb[i * 5 + 3];
    uvs[i * 2 + 1] = vb[i * 5 + 4];
  }
  return {
    id: 'mediapipe-canonical',
    positions,
    uvs,
    indices: Uint32Array.from(meta.canonicalMesh.indexBuffer),
    procrustesIds: Uint32Array.from(meta.procrustesLandmarkBasis.map((b) => b.landmarkId)),
    procrustesWeights: Float32Array.from(meta.procrustesLandmarkBasis.map((b) => b.weight)),
    mirror: mirrorPartners(positions),
  };
}

/** Pairs each vertex with the vertex nearest to its reflection in x = 0. */
function mirrorPartners(p: Float32Array): Uint32Array {
  const n = p.length / 3;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let best = i;
    let bestD = Infinity;
    for (let j = 0; j < n; j++) {
      const dx = p[j * 3] + p[i * 3];
      const dy = p[j * 3 + 1] - p[i * 3 + 1];
      const dz = p[j * 3 + 2] - p[i * 3 + 2];
      const d = dx * dx + dy * dy + dz * dz;
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    }
    out[i] = best;
  }
  return out;
}
