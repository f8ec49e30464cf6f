/**
 * ICT-FaceKit's expression shapes as the avatar's morph targets, under the names ARKit's face
 * tracking uses (ARFaceAnchor.BlendShapeLocation), which Live Link Face, Unity's ARKit face
 * tracking and most retargeting tools speak.
 *
 * ICT's `_L`/`_R` become ARKit's `Left`/`Right` (both name the subject's side). ARKit has one
 * `browInnerUp` and one `cheekPuff` where ICT has a left and a right half: the target is their sum.
 * That gives 51 of ARKit's 52 shapes; ICT has no `tongueOut`. ICT's four extra shapes follow the
 * ARKit ones under names in the same style: `pupilDilateLeft/Right` (the pupil widening) and
 * `cheekRaiserLeft/Right` (FACS AU6, close to ARKit's cheekSquint).
 */

/** ARKit's 52 blendshape names, in Apple's documented order. */
export const ARKIT_BLENDSHAPES = [
  'eyeBlinkLeft', 'eyeLookDownLeft', 'eyeLookInLeft', 'eyeLookOutLeft', 'eyeLookUpLeft', 'eyeSquintLeft', 'eyeWideLeft',
  'eyeBlinkRight', 'eyeLookDownRight', 'eyeLookInRight', 'eyeLookOutRight', 'eyeLookUpRight', 'eyeSquintRight', 'eyeWideRight',
  'jawForward', 'jawLeft', 'jawRight', 'jawOpen',
  'mouthClose', 'mouthFunnel', 'mouthPucker', 'mouthLeft', 'mouthRight', 'mouthSmileLeft', 'mouthSmileRight',
  'mouthFrownLeft', 'mouthFrownRight', 'mouthDimpleLeft', 'mouthDimpleRight', 'mouthStretchLeft', 'mouthStretchRight',
  'mouthRollLower', 'mouthRollUpper', 'mouthShrugLower', 'mouthShrugUpper', 'mouthPressLeft', 'mouthPressRight',
  'mouthLowerDownLeft', 'mouthLowerDownRight', 'mouthUpperUpLeft', 'mouthUpperUpRight',
  'browDownLeft', 'browDownRight', 'browInnerUp', 'browOuterUpLeft', 'browOuterUpRight',
  'cheekPuff', 'cheekSquintLeft', 'cheekSquintRight', 'noseSneerLeft', 'noseSneerRight', 'tongueOut',
] as const;

/** The ARKit shape ICT-FaceKit does not have. */
export const ARKIT_MISSING = ['tongueOut'] as const;

export interface MorphTargetSource {
  /** The target's name in the avatar. */
  name: string;
  /** ICT expression names whose displacements add up to the target. */
  sources: string[];
}

/** The name ICT's shape `name` gets in the avatar (the two halves of a merged shape both map to it). */
function avatarName(ictName: string): string {
  const m = /^(.*)_([LR])$/.exec(ictName);
  const base = m ? m[1] : ictName;
  const camel = base[0].toLowerCase() + base.slice(1); // PupilDilate -> pupilDilate
  if (camel === 'browInnerUp' || camel === 'cheekPuff') return camel;
  return m ? `${camel}${m[2] === 'L' ? 'Left' : 'Right'}` : camel;
}

/** The avatar's morph targets for the given ICT expression names: the ARKit shapes in ARKit's order, then ICT's extras in ICT's order. */
export function morphTargetSources(ictNames: readonly string[]): MorphTargetSource[] {
  const byName = new Map<string, string[]>();
  for (const n of ictNames) {
    const target = avatarName(n);
    byName.set(target, [...(byName.get(target) ?? []), n]);
  }
  const arkit: MorphTargetSource[] = ARKIT_BLENDSHAPES.filter((n) => byName.has(n)).map((name) => ({ name, sources: byName.get(name)! }));
  const known = new Set<string>(ARKIT_BLENDSHAPES);
  const extras = [...byName].filter(([name]) => !known.has(name)).map(([name, sources]) => ({ name, sources }));
  return [...arkit, ...extras];
}
