/**
 * The imported ICT-FaceKit head as a face model: fitted to the photos' landmarks (landmark-fit.ts),
 * the maps baked on its skin with the photos' expression, and exported as an animatable avatar:
 * the person's identity with a neutral expression (the photos' smiles removed), ICT's expressions
 * as ARKit-named morph targets (arkit.ts), skin, mouth, teeth, gums, eyes and eyelashes as their
 * own primitives and materials (avatar-layout.ts), and three levels of detail. The scalp is raised
 * where the photos show hair standing out beyond ICT's bald skull (hair-volume.ts).
 *
 * Several photos: one identity, an expression and pose per photo. Each photo is baked and fitted
 * on its own expression's skin (FittedGeometry.photoSurfaces); the shared bake mesh, which the
 * texture charts and face regions are taken from, carries the photos' mean expression.
 */
import fs from 'node:fs';
import type { AvatarAsset, ExportMaterial, ExportPrimitive } from '../../export/glb.js';
import { simplifyLevels, type LodLevel } from '../../export/lod.js';
import { FitError, type CameraFit, type FitHooks, type MeshBuffers, type ShLighting, type TextureMap, type TexturedSurface } from '../../types.js';
import type { FaceModel, FittedGeometry, GeometryView, ModelDescription, RefinableShape } from '../face-model.js';
import { loadCanonicalMesh } from '../canonical.js';
import { cameraFit, landmarkTrust, viewWeights } from '../fit.js';
import { meshGraph } from '../mesh-graph.js';
import { vertexNormals } from '../vertex-normals.js';
import { morphTargetSources } from './arkit.js';
import { AVATAR_PRIMITIVES, avatarLayout, type AvatarPrimitiveName, type PrimitiveLayout } from './avatar-layout.js';
import { defaultIctCacheDir, ictCacheFile, readIctHeader, type IctHeader } from './cache.js';
import { loadPreparedIctModel } from './load-prepared.js';
import { identityShape, withExpressions } from './ict-shape.js';
import { EMBEDDED_SOURCE } from './embedded.js';
import { ModelImportError } from './import-error.js';
import { irisColours } from './iris-colour.js';
import { delitColour, type PhotoColour } from './photo-colour.js';
import { teethColours } from './teeth-colour.js';
import { hairVolume, type HairVolume } from './hair-volume.js';
import { fitIctLandmarks } from './landmark-fit.js';
import { landmarkPositions, mediapipeCorrespondence } from './mediapipe-correspondence.js';
import type { IctModel } from './model.js';

export const ICT_MODEL_ID = 'ict-facekit';

/** LOD1 and LOD2: the fraction of LOD0's triangles each aims for, and the geometric error each may reach. */
export const LODS: LodLevel[] = [
  { ratio: 0.25, maxErrorM: 0.001 },
  { ratio: 0.08, maxErrorM: 0.003 },
];

/** Share of the geometry stage's progress the landmark fit takes; the rest builds the bake mesh. */
const LANDMARK_FIT_SHARE = 0.8;

/** Linear base colours of the parts no photo textures; the iris (a mid brown) and teeth are fallbacks for photos that do not show them. */
export const PART_LOOKS: Record<Exclude<AvatarPrimitiveName, 'skin'>, { colour: [number, number, number]; roughness: number }> = {
  mouth: { colour: [0.3, 0.09, 0.08], roughness: 0.6 },
  teeth: { colour: [0.62, 0.58, 0.5], roughness: 0.35 },
  gums: { colour: [0.55, 0.17, 0.16], roughness: 0.45 },
  // An eye white as photos show it, under the lids' shadow: 0.6 stared out of every turned avatar
  // (fitme eval, turned views' identity: 0.6 → 0.702, 0.42 → 0.706, 0.3 → 0.702 over three photos;
  // measured from each photo it went red behind tinted glasses and grey on a small webcam frame).
  sclera: { colour: [0.42, 0.39, 0.36], roughness: 0.15 },
  iris: { colour: [0.12, 0.06, 0.03], roughness: 0.15 },
  pupil: { colour: [0.01, 0.01, 0.01], roughness: 0.1 },
  eyelashes: { colour: [0.02, 0.015, 0.012], roughness: 0.7 },
};
const SKIN_ROUGHNESS = 0.6;

/** What a fit learned that the bake mesh does not carry, for assemble(). */
interface IctFit {
  model: IctModel;
  /** The person's neutral shape, xyz per model vertex. */
  identity: Float32Array;
  identityCoefficients: Float64Array;
  /** The hair the photos show (hair-volume.ts): its offsets are included in `identity`. */
  hair: HairVolume;
  /** Per photo, weights of model.expressions. */
  expressions: Float64Array[];
  /** The irises' and teeth's colours as the photos show them, de-lit in assemble(). */
  parts: PhotoParts;
}

interface PhotoParts {
  iris: PhotoColour[];
  teeth: PhotoColour[];
}

/** Albedo each photographed part is kept within: an iris is never white, teeth neither grey nor brighter than enamel. */
const PART_ALBEDO: Record<keyof PhotoParts, [number, number]> = { iris: [0.005, 0.5], teeth: [0.35, 0.8] };

/** The ICT-FaceKit model converted in `cacheDir`, or undefined when there is none there. */
export function importedIctModel(cacheDir: string = defaultIctCacheDir()): FaceModel | undefined {
  const header = readIctHeader(cacheDir);
  return header ? new IctFaceModel(cacheDir, header) : undefined;
}

/** Loaded models by cache file, kept while the file is unchanged (a daemon's worker fits many times). */
const loaded = new Map<string, { mtimeMs: number; model: Promise<IctModel> }>();

class IctFaceModel implements FaceModel {
  private readonly fits = new WeakMap<FittedGeometry, IctFit>();

  constructor(
    private readonly cacheDir: string,
    private readonly header: IctHeader,
  ) {}

  describe(): ModelDescription {
    return {
      id: ICT_MODEL_ID,
      description: `ICT-FaceKit full head (${this.header.importedAt === EMBEDDED_SOURCE.importedAt ? 'embedded' : 'imported'}; MIT licence, USC ICT): ${this.header.identityCount} identity modes, ARKit blendshapes, eyes, teeth, 3 LODs`,
      vertexCount: this.header.vertexCount,
      triangleCount: this.header.triangleCount,
      morphTargetNames: morphTargetSources(this.header.expressionNames).map((t) => t.name),
    };
  }

  prepare(): void {
    try {
      // A failure is fit()'s to report: load() forgets a model that did not load, so fit() tries again.
      this.load().catch(() => undefined);
    } catch {
      // no model file: fit() says so
    }
  }

  async fit(views: GeometryView[], hooks: FitHooks, progressRange: [number, number]): Promise<FittedGeometry> {
    const model = await this.load();
    const [from, to] = progressRange;
    const lf = fitIctLandmarks(model, views, hooks, [from, from + LANDMARK_FIT_SHARE * (to - from)]);
    const parts = { iris: irisColours(views), teeth: teethColours(views) };
    if (parts.iris.length === 0) hooks.warn('iris-not-seen', 'no photo shows enough of an iris to take its colour (eyes closed or too small); the avatar gets brown eyes');
    const canonical = loadCanonicalMesh();
    const trust = landmarkTrust(meshGraph(canonical.indices, lf.views[0].points.length / 2));
    const cameras = lf.views.map((v, k) => cameraFit(v, lf.poses[k]));
    const bald = identityShape(model, lf.identity);
    const hair = hairVolume(model, bald, views.map((v, k) => ({ image: v.photo.image, camera: cameras[k] })));
    const geometry = this.geometryAt(model, lf.identity, hair, lf.expressions, parts, {
      cameras,
      landmarkError: lf.landmarkError,
      observed: lf.views.map((v) => v.points),
      interocular: lf.views.map((v) => v.interocular),
      // The trust the landmark fit ended with (its weights at the fitted shape and pose).
      weights: lf.expressions.map((w, k) => viewWeights(landmarkPositions64(model, bald, w), canonical.indices, lf.poses[k], trust)),
    });
    hooks.progress('geometry', to, 'geometry done');
    return geometry;
  }

  reshape(geometry: FittedGeometry, coefficients: Float64Array, cameras: CameraFit[], landmarkError: number[]): FittedGeometry {
    const fit = this.fits.get(geometry);
    if (!fit || !geometry.refinable) throw new Error('reshape() was given a geometry that this model did not fit');
    const identity = Float64Array.from(fit.identityCoefficients);
    coefficients.forEach((c, k) => (identity[k] += c));
    const { observed, weights, interocular } = geometry.refinable.landmarks;
    return this.geometryAt(fit.model, identity, fit.hair, fit.expressions, fit.parts, { cameras, landmarkError, observed, weights, interocular });
  }

  /**
   * The bake geometry at these coefficients: the skin with the mean expression, each photo's own
   * (several photos), and the refinement's basis: the strongest identity modes.
   */
  private geometryAt(
    model: IctModel,
    identityCoefficients: Float64Array,
    hair: HairVolume,
    expressions: Float64Array[],
    parts: PhotoParts,
    views: Pick<FittedGeometry, 'cameras' | 'landmarkError'> & Omit<RefinableShape['landmarks'], 'points' | 'modes'>,
  ): FittedGeometry {
    const layout = avatarLayout(model);
    const bald = identityShape(model, identityCoefficients);
    const identity = bald.map((p, i) => p + hair.offsets[i]);
    const meanExpression = new Float64Array(model.expressions.length);
    for (const w of expressions) w.forEach((x, j) => (meanExpression[j] += x / expressions.length));
    const { cameras, landmarkError, ...landmarks } = views;
    const basis = refinementModes(model, layout.bake);
    const geometry: FittedGeometry = {
      ...bakeSurface(model, withExpressions(model, identity, meanExpression), hair.weights),
      mirror: layout.bakeMirror,
      ...(expressions.length > 1 ? { photoSurfaces: expressions.map((w) => primitiveBuffers(withExpressions(model, identity, w), layout.bake)) } : {}),
      cameras,
      landmarkError,
      refinable: {
        count: basis.count,
        modes: basis.modes,
        // On the bald skin, as the landmark fit had them: MediaPipe's forehead contour is where the skin shows, not on the hair.
        landmarks: { ...landmarks, points: expressions.map((w) => landmarkPositions64(model, bald, w)), modes: basis.landmarkModes },
      },
    };
    this.fits.set(geometry, { model, identity, identityCoefficients, hair, expressions, parts });
    return geometry;
  }

  async assemble(geometry: FittedGeometry, maps: TextureMap[], name: string, lighting: ShLighting[]): Promise<AvatarAsset> {
    const fit = this.fits.get(geometry);
    if (!fit) throw new Error('assemble() was given a geometry that this model did not fit');
    const { model } = fit;
    const layout = avatarLayout(model);
    const targets = morphTargetSources(model.expressions.map((e) => e.name));
    const deltas = targets.map((t) => denseDeltas(model, t.sources));
    const primitives: ExportPrimitive[] = layout.primitives.map((p, i) => {
      const mesh = primitiveBuffers(fit.identity, p);
      return { name: p.name, mesh, material: i, targets: deltas.map((d) => primitiveTarget(mesh, p, d)) };
    });
    const map = (kind: TextureMap['kind']) => maps.find((m) => m.kind === kind);
    const materials: ExportMaterial[] = AVATAR_PRIMITIVES.map((part) => {
      if (part === 'skin') {
        // glTF multiplies the roughness map by the factor: 1 keeps the fitted values.
        return { name: part, baseColor: map('albedo'), normal: map('normal'), specular: map('specular'), roughnessTexture: map('roughness'), metallic: 0, roughness: map('roughness') ? 1 : SKIN_ROUGHNESS };
      }
      const look = PART_LOOKS[part];
      const colour = (part === 'iris' || part === 'teeth' ? delitColour(fit.parts[part], lighting, PART_ALBEDO[part]) : undefined) ?? look.colour;
      return { name: part, baseColorFactor: [...colour, 1], metallic: 0, roughness: look.roughness };
    });
    const names = model.expressions.map((e) => e.name);
    return {
      name,
      primitives,
      materials,
      targetNames: targets.map((t) => t.name),
      lods: await simplifyLevels(primitives, LODS),
      extras: {
        identityCoefficients: Array.from(fit.identityCoefficients),
        // Per photo, the expression the fit found, as weights of the avatar's morph targets (a
        // merged target gets the mean of its halves): applying them re-creates the photo's face.
        photoExpressions: fit.expressions.map((w) =>
          Object.fromEntries(targets.map((t) => [t.name, t.sources.reduce((s, n) => s + w[names.indexOf(n)], 0) / t.sources.length]).filter(([, x]) => (x as number) > 0)),
        ),
        modelLicence: model.licence,
      },
    };
  }

  private load(): Promise<IctModel> {
    const file = ictCacheFile(this.cacheDir);
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      throw new FitError('UNKNOWN_MODEL', `the ICT-FaceKit model is no longer imported (${file} is gone); import it again with: fitme model add ict-facekit --from <folder>`);
    }
    const hit = loaded.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.model;
    const model = loadPreparedIctModel(this.cacheDir).catch((e: unknown) => {
      loaded.delete(file);
      throw e instanceof ModelImportError ? new FitError('UNKNOWN_MODEL', e.message) : e;
    });
    loaded.set(file, { mtimeMs, model });
    return model;
  }
}

/**
 * The mesh the photos are fitted and baked on (the face) at `shape`, and the skin it is part of:
 * the face's normals are the skin's, so that at the face's border they are what the export writes,
 * and the normal map's tangent frames come from the whole skin (corner-tangents.ts).
 */
export function bakeSurface(model: IctModel, shape: Float32Array, hair?: Float32Array): { mesh: MeshBuffers; surface: TexturedSurface } {
  const layout = avatarLayout(model);
  const skin = layout.primitives[AVATAR_PRIMITIVES.indexOf('skin')];
  const skinMesh = primitiveBuffers(shape, skin);
  const mesh: MeshBuffers = {
    positions: gatherVec3(skinMesh.positions, layout.bakeSkinVertex),
    normals: gatherVec3(skinMesh.normals, layout.bakeSkinVertex),
    uvs: layout.bake.uvs,
    indices: layout.bake.indices,
  };
  return {
    mesh,
    surface: {
      mesh: skinMesh,
      weld: skin.weld,
      weldedCount: skin.weldedCount,
      meshVertex: layout.bakeSkinVertex,
      meshTriangle: layout.bakeSkinTriangle,
      ...(hair ? { hair: weldedValues(hair, skin) } : {}),
    },
  };
}

/** Per welded vertex of the primitive, the value of its model vertex. */
function weldedValues(perModelVertex: Float32Array, p: PrimitiveLayout): Float32Array {
  const out = new Float32Array(p.weldedCount);
  p.weld.forEach((w, i) => (out[w] = perModelVertex[p.modelVertex[i]]));
  return out;
}

/** The primitive's vertices at `shape` (xyz per model vertex). */
function primitiveBuffers(shape: Float32Array, p: PrimitiveLayout): MeshBuffers {
  const positions = gatherVec3(shape, p.modelVertex);
  return { positions, normals: seamlessNormals(positions, p), uvs: p.uvs, indices: p.indices };
}

/** xyz of the given vertices of `src`, in their order. */
function gatherVec3(src: Float32Array, vertices: Uint32Array): Float32Array {
  const out = new Float32Array(vertices.length * 3);
  for (let i = 0; i < vertices.length; i++) {
    const v = 3 * vertices[i];
    out[3 * i] = src[v];
    out[3 * i + 1] = src[v + 1];
    out[3 * i + 2] = src[v + 2];
  }
  return out;
}

/** Vertex normals of the primitive at `positions`, the same for every copy of a seam vertex. */
function seamlessNormals(positions: Float32Array, p: PrimitiveLayout): Float32Array {
  const welded = new Float32Array(3 * p.weldedCount);
  for (let i = 0; i < p.weld.length; i++) {
    const w = 3 * p.weld[i];
    welded[w] = positions[3 * i];
    welded[w + 1] = positions[3 * i + 1];
    welded[w + 2] = positions[3 * i + 2];
  }
  return gatherVec3(vertexNormals(welded, p.weldedTriangles), p.weld);
}

/** The summed displacements of the named expressions, xyz per model vertex. */
function denseDeltas(model: IctModel, sources: string[]): Float32Array {
  const out = new Float32Array(model.vertexCount * 3);
  for (const name of sources) {
    const e = model.expressions.find((x) => x.name === name)!;
    for (let k = 0; k < e.vertices.length; k++) {
      const v = 3 * e.vertices[k];
      out[v] += e.deltas[3 * k];
      out[v + 1] += e.deltas[3 * k + 1];
      out[v + 2] += e.deltas[3 * k + 2];
    }
  }
  return out;
}

/** One morph target on one primitive: its position deltas, and the change of its normals (zero where it moves nothing). */
function primitiveTarget(mesh: MeshBuffers, p: PrimitiveLayout, deltas: Float32Array) {
  const positionDeltas = gatherVec3(deltas, p.modelVertex);
  const normalDeltas = new Float32Array(positionDeltas.length);
  if (positionDeltas.some((d) => d !== 0)) {
    const moved = new Float32Array(positionDeltas.length);
    for (let k = 0; k < moved.length; k++) moved[k] = mesh.positions[k] + positionDeltas[k];
    const normals = seamlessNormals(moved, p);
    for (let k = 0; k < normals.length; k++) normalDeltas[k] = normals[k] - mesh.normals[k];
  }
  return { positionDeltas, normalDeltas };
}

/** Identity modes the photometric refinement moves: ICT's first ones, which carry most of the population's variance. */
const REFINED_IDENTITY_MODES = 24;
const refinementCache = new WeakMap<IctModel, { count: number; modes: Float32Array; landmarkModes: Float32Array }>();

/** The first identity modes (one unit = one standard deviation) at the bake vertices and at the landmarks. */
function refinementModes(model: IctModel, bake: PrimitiveLayout): { count: number; modes: Float32Array; landmarkModes: Float32Array } {
  const hit = refinementCache.get(model);
  if (hit) return hit;
  const count = Math.min(REFINED_IDENTITY_MODES, model.identityCount);
  const v3 = 3 * model.vertexCount;
  const c = mediapipeCorrespondence();
  const landmarks = c.residualMm.length;
  const modes = new Float32Array(count * 3 * bake.modelVertex.length);
  const landmarkModes = new Float32Array(count * 3 * landmarks);
  for (let k = 0; k < count; k++) {
    const mode = model.identityBasis.subarray(k * v3, (k + 1) * v3);
    modes.set(gatherVec3(mode, bake.modelVertex), k * 3 * bake.modelVertex.length);
    landmarkModes.set(landmarkPositions(c, mode), k * 3 * landmarks);
  }
  const out = { count, modes, landmarkModes };
  refinementCache.set(model, out);
  return out;
}

/** MediaPipe's landmarks on the identity shape with these expression weights, model space. */
function landmarkPositions64(model: IctModel, identity: Float32Array, expression: Float64Array): Float64Array {
  return Float64Array.from(landmarkPositions(mediapipeCorrespondence(), withExpressions(model, identity, expression)));
}
