/**
 * ICT-FaceKit's parts as ranges of model vertices, from the upstream README (and confirmed against
 * the OBJ material groups). Vertex order is the same in every ICT OBJ, so these hold for any shape.
 */
export type IctPartName =
  | 'face'
  | 'headNeck'
  | 'mouthSocket'
  | 'eyeSockets'
  | 'gumsTongue'
  | 'teeth'
  | 'eyeballs'
  | 'lacrimalFluid'
  | 'eyeBlend'
  | 'eyeOcclusion'
  | 'eyelashes';

export interface IctPart {
  name: IctPartName;
  first: number;
  /** Inclusive. */
  last: number;
}

export const ICT_PARTS: readonly IctPart[] = [
  { name: 'face', first: 0, last: 9408 },
  { name: 'headNeck', first: 9409, last: 11247 },
  { name: 'mouthSocket', first: 11248, last: 13293 },
  { name: 'eyeSockets', first: 13294, last: 14061 },
  { name: 'gumsTongue', first: 14062, last: 17038 },
  { name: 'teeth', first: 17039, last: 21450 },
  { name: 'eyeballs', first: 21451, last: 24590 },
  { name: 'lacrimalFluid', first: 24591, last: 24998 },
  { name: 'eyeBlend', first: 24999, last: 25046 },
  { name: 'eyeOcclusion', first: 25047, last: 25350 },
  { name: 'eyelashes', first: 25351, last: 26718 },
];

