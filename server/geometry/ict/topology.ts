/**
 * ICT-FaceKit's OBJ topology (quads and triangles, one texture coordinate per corner) turned into
 * what renderers and glTF want: triangles, and one vertex per distinct (position, uv) pair. ICT
 * has 28,911 texture coordinates for 26,719 positions: vertices on UV seams are split, and
 * `renderToModel` maps each render vertex back to the model vertex whose shape it follows.
 */
import type { ObjMesh } from './obj-reader.js';

export interface IctTopology {
  /** CCW triangles over model vertices (for fitting and surface queries). */
  triangles: Uint32Array;
  /** The same triangles, in the same order, over render vertices. */
  renderTriangles: Uint32Array;
  /** Model vertex of each render vertex. */
  renderToModel: Uint32Array;
  /** uv per render vertex, origin top-left (glTF). */
  uvs: Float32Array;
}

/** A material's triangles: renderTriangles[3*firstTriangle ..] for triangleCount triangles. */
export interface IctMaterialGroup {
  name: string;
  firstTriangle: number;
  triangleCount: number;
}

export function triangulate(mesh: ObjMesh): { topology: IctTopology; materials: IctMaterialGroup[] } {
  const faceCount = mesh.faceStarts.length - 1;
  const cornersOfTriangles: number[] = []; // index into mesh.corner* per triangle corner
  const firstTriangleOfFace = new Uint32Array(faceCount + 1);
  for (let f = 0; f < faceCount; f++) {
    firstTriangleOfFace[f] = cornersOfTriangles.length / 3;
    const c = mesh.faceStarts[f];
    if (mesh.faceStarts[f + 1] - c === 3) {
      cornersOfTriangles.push(c, c + 1, c + 2);
    } else if (shorterDiagonalIs02(mesh, c)) {
      // Splitting along the shorter diagonal keeps the two triangles closer to the quad's surface.
      cornersOfTriangles.push(c, c + 1, c + 2, c, c + 2, c + 3);
    } else {
      cornersOfTriangles.push(c, c + 1, c + 3, c + 1, c + 2, c + 3);
    }
  }
  firstTriangleOfFace[faceCount] = cornersOfTriangles.length / 3;

  const texcoordCount = mesh.texcoords.length / 2;
  const renderOf = new Map<number, number>(); // key: vertex * texcoordCount + texcoord
  const renderToModel: number[] = [];
  const uvs: number[] = [];
  const triangles = new Uint32Array(cornersOfTriangles.length);
  const renderTriangles = new Uint32Array(cornersOfTriangles.length);
  for (let i = 0; i < cornersOfTriangles.length; i++) {
    const v = mesh.cornerVertex[cornersOfTriangles[i]];
    const t = mesh.cornerTexcoord[cornersOfTriangles[i]];
    triangles[i] = v;
    const key = v * texcoordCount + t;
    let r = renderOf.get(key);
    if (r === undefined) {
      r = renderToModel.length;
      renderOf.set(key, r);
      renderToModel.push(v);
      uvs.push(mesh.texcoords[2 * t], 1 - mesh.texcoords[2 * t + 1]);
    }
    renderTriangles[i] = r;
  }

  const materials: IctMaterialGroup[] = mesh.materials.map((m, i) => {
    const firstFace = m.firstFace;
    const endFace = i + 1 < mesh.materials.length ? mesh.materials[i + 1].firstFace : faceCount;
    return {
      name: m.name,
      firstTriangle: firstTriangleOfFace[firstFace],
      triangleCount: firstTriangleOfFace[endFace] - firstTriangleOfFace[firstFace],
    };
  });
  return {
    topology: {
      triangles,
      renderTriangles,
      renderToModel: Uint32Array.from(renderToModel),
      uvs: Float32Array.from(uvs),
    },
    materials,
  };
}

function shorterDiagonalIs02(mesh: ObjMesh, c: number): boolean {
  const p = mesh.positions;
  const d = (i: number, j: number): number => {
    const a = 3 * mesh.cornerVertex[c + i], b = 3 * mesh.cornerVertex[c + j];
    return (p[a] - p[b]) ** 2 + (p[a + 1] - p[b + 1]) ** 2 + (p[a + 2] - p[b + 2]) ** 2;
  };
  return d(0, 2) <= d(1, 3);
}
