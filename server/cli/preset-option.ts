/** `--preset` of `fitme fit` and `fitme eval`: a misspelt preset is bad usage (exit 2), not a bad request. */
import { REFLECTANCE_PRESET_NAMES, type ReflectancePresetName } from '../types.js';
import { UsageError } from './usage-error.js';

export function presetOption(value: string): ReflectancePresetName {
  const preset = REFLECTANCE_PRESET_NAMES.find((n) => n === value);
  if (!preset) throw new UsageError(`--preset ${value} is not a preset: use ${REFLECTANCE_PRESET_NAMES.join(', ')}`);
  return preset;
}
