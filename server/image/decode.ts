/**
 * Turns the bytes of one uploaded photo into upright 8-bit sRGB pixels, or a FitError that says
 * what is wrong with the file. The size is checked from the header before any pixel is decoded,
 * and sharp's own pixel limit backs that up against headers that lie.
 */
import sharp, { type Metadata } from 'sharp';
import { FitError, type DecodedPhoto } from '../types.js';
import { focalLength35mm } from './exif.js';

export interface DecodeLimits {
  maxPixels: number;
}

/**
 * Raster formats photos come in, by sharp's names ('heif' covers AVIF; HEIC decodes only with a
 * libvips built with libde265). Vector and document formats (SVG, PDF) are not photos.
 */
const PHOTO_FORMATS = new Set(['jpeg', 'png', 'webp', 'tiff', 'gif', 'heif', 'jp2', 'jxl']);

/** Transparent pixels become mid-grey: it biases neither the skin colour nor the lighting fit. */
const FLATTEN_BACKGROUND = { r: 128, g: 128, b: 128 };

export async function decodePhoto(
  bytes: Uint8Array,
  index: number,
  name: string,
  limits: DecodeLimits,
): Promise<DecodedPhoto> {
  const label = `photo ${index + 1} (${name})`;
  const options = {
    limitInputPixels: limits.maxPixels,
    // Fail on a file that ends early instead of filling the rest with grey; tolerate the
    // harmless libjpeg warnings (stray bytes, odd markers) many phone photos carry.
    failOn: 'truncated' as const,
  };

  if (bytes.length === 0) {
    throw new FitError('NOT_AN_IMAGE', `${label} is an empty file (0 bytes); send the photo itself`, index);
  }
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch (err) {
    throw new FitError(
      'NOT_AN_IMAGE',
      `${label} is not an image this program can read (${reason(err)}); send a JPEG, PNG, WebP or TIFF photo`,
      index,
    );
  }
  if (!meta.format || !PHOTO_FORMATS.has(meta.format)) {
    throw new FitError(
      'NOT_AN_IMAGE',
      `${label} is in ${meta.format ? meta.format.toUpperCase() : 'an unknown'} format, which is not a photo; send a JPEG, PNG, WebP or TIFF photo`,
      index,
    );
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width <= 0 || height <= 0) {
    throw new FitError('NOT_AN_IMAGE', `${label} has no pixels (its header says ${width} x ${height}); send a photo`, index);
  }
  if (width * height > limits.maxPixels) throw tooLarge(label, width, height, limits.maxPixels, index);

  let pixels: { data: Buffer; info: sharp.OutputInfo };
  try {
    pixels = await sharp(bytes, options)
      .rotate()
      .flatten({ background: FLATTEN_BACKGROUND })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    const why = reason(err);
    if (/pixel limit/i.test(why)) throw tooLarge(label, width, height, limits.maxPixels, index);
    throw new FitError(
      'IMAGE_TRUNCATED',
      `${label} is cut off or damaged: the image data ends early or is corrupt (${why}); re-export it or copy it again`,
      index,
    );
  }
  const { data, info } = pixels;
  if (info.channels !== 3 || data.length !== info.width * info.height * 3) {
    throw new Error(`decoding ${label} gave ${info.channels} channels at ${info.width} x ${info.height}, expected RGB`);
  }
  return {
    index,
    name,
    image: { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) },
    format: meta.format,
    exifOrientation: meta.orientation ?? 1,
    hadAlpha: meta.hasAlpha ?? false,
    grayscale: (meta.channels ?? 3) <= 2 || isNeutral(data),
    focal35mm: focalLength35mm(meta.exif),
  };
}

/**
 * True when every pixel is grey. Black-and-white photos are often saved as RGB; the colour fit
 * must know that their chroma carries no information. The tolerance covers JPEG rounding.
 */
function isNeutral(rgb: Uint8Array): boolean {
  for (let i = 0; i < rgb.length; i += 3) {
    const r = rgb[i];
    const g = rgb[i + 1];
    const b = rgb[i + 2];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 4) return false;
  }
  return true;
}

function tooLarge(label: string, width: number, height: number, maxPixels: number, index: number): FitError {
  const mp = (n: number) => (n >= 1e5 ? `${(n / 1e6).toFixed(1)} megapixels` : `${n} pixels`);
  return new FitError(
    'IMAGE_TOO_LARGE',
    `${label} is ${width} x ${height} (${mp(width * height)}), more than the limit of ${mp(maxPixels)}; ` +
      `scale it down to at most ${mp(maxPixels)} (a face needs far fewer) and send it again`,
    index,
  );
}

/** sharp's message, first line, without libvips' "VipsJpeg: " style prefixes. */
function reason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split('\n')[0] ?? text).replace(/^\w+: /, '').trim();
}
