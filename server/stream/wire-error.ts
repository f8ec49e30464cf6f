/** Which rule of docs/wire-rules.md a refused frame broke. */
export type WireRule =
  | 'truncated'
  | 'length-out-of-range'
  | 'varint-too-long'
  | 'field-number'
  | 'group'
  | 'invalid-wire-type'
  | 'wrong-wire-type'
  | 'misaligned-packed'
  | 'invalid-utf8'
  | 'bool-out-of-range';

/** A frame that is not a valid fitme.v1.Envelope; `rule` and `offset` say why and where. */
export class WireError extends Error {
  override name = 'WireError';

  constructor(
    message: string,
    readonly rule?: WireRule,
    readonly offset?: number,
  ) {
    super(message);
  }
}
