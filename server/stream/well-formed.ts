/**
 * Strings the daemon sends are made well-formed UTF-16 first (a lone surrogate becomes U+FFFD):
 * protobufjs would write a lone surrogate as 3 bytes that are not UTF-8, and every decoder here,
 * the plugins' included, refuses a string that is not UTF-8 (docs/wire-rules.md). A message cut
 * in the middle of a surrogate pair, or a name made of one, must not cost the client its frame.
 */
interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/** Fixes `value`'s strings in place (objects and arrays, not typed arrays or bytes); returns it. */
export function wellFormedStrings<T>(value: T): T {
  visit(value as unknown);
  return value;
}

function visit(v: unknown): void {
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return;
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (typeof x === 'string') {
      if (!(x as unknown as WellFormedString).isWellFormed()) o[k] = (x as unknown as WellFormedString).toWellFormed();
    } else if (typeof x === 'object' && x !== null && !ArrayBuffer.isView(x) && !(Array.isArray(x) && typeof x[0] === 'number')) {
      visit(x);
    }
  }
}
