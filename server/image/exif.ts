/**
 * Reads FocalLengthIn35mmFilm from a raw EXIF block (as sharp's metadata().exif gives it: an
 * optional "Exif\0\0" prefix, then a TIFF header and IFDs). Only the two hops needed are
 * followed: IFD0 → Exif sub-IFD → tag 0xA405. Anything malformed reads as "absent".
 */
const EXIF_IFD_POINTER = 0x8769;
const FOCAL_LENGTH_IN_35MM_FILM = 0xa405;
const TYPE_SHORT = 3;
const TYPE_LONG = 4;

export function focalLength35mm(exif: Uint8Array | undefined): number | undefined {
  if (!exif) return undefined;
  const tiff = hasExifPrefix(exif) ? exif.subarray(6) : exif;
  if (tiff.length < 8) return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const order = view.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined; // "II" or "MM"
  const little = order === 0x4949;
  if (view.getUint16(2, little) !== 42) return undefined;
  const exifIfd = findTag(view, view.getUint32(4, little), EXIF_IFD_POINTER, little);
  if (exifIfd === undefined || exifIfd === 0) return undefined;
  const focal = findTag(view, exifIfd, FOCAL_LENGTH_IN_35MM_FILM, little);
  return focal ? focal : undefined; // 0 means "unknown" in EXIF
}

function hasExifPrefix(b: Uint8Array): boolean {
  return b.length >= 6 && b[0] === 0x45 && b[1] === 0x78 && b[2] === 0x69 && b[3] === 0x66 && b[4] === 0 && b[5] === 0;
}

/** The value of a SHORT or LONG tag with count 1 in the IFD at `offset`, if present. */
function findTag(view: DataView, offset: number, tag: number, little: boolean): number | undefined {
  if (offset + 2 > view.byteLength) return undefined;
  const count = view.getUint16(offset, little);
  for (let i = 0; i < count; i++) {
    const entry = offset + 2 + 12 * i;
    if (entry + 12 > view.byteLength) return undefined;
    if (view.getUint16(entry, little) !== tag) continue;
    const type = view.getUint16(entry + 2, little);
    if (view.getUint32(entry + 4, little) !== 1) return undefined;
    if (type === TYPE_SHORT) return view.getUint16(entry + 8, little);
    if (type === TYPE_LONG) return view.getUint32(entry + 8, little);
    return undefined;
  }
  return undefined;
}
