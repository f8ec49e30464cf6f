/** Reflectance presets on the wire: names and codes map both ways; a value this daemon does not know fits with the default, as the proto says. */
import { expect, it } from 'vitest';
import { REFLECTANCE_PRESET_NAMES } from '../../server/types.js';
import { REFLECTANCE_PRESETS } from '../../server/reflectance/fit.js';
import { reflectancePresetCode, reflectancePresetName, v1 } from '../../server/stream/wire.js';

it('maps every preset to its wire code and back; unset and unknown values are the default', () => {
  expect(REFLECTANCE_PRESET_NAMES.map((n) => reflectancePresetName(reflectancePresetCode(n)))).toEqual([...REFLECTANCE_PRESET_NAMES]);
  expect(Object.keys(REFLECTANCE_PRESETS).sort()).toEqual([...REFLECTANCE_PRESET_NAMES].sort());
  expect(reflectancePresetCode('default')).toBe(v1.ReflectancePreset.REFLECTANCE_PRESET_DEFAULT);
  expect(reflectancePresetName(undefined)).toBe('default');
  expect(reflectancePresetName(99 as unknown as ReturnType<typeof reflectancePresetCode>)).toBe('default');
});
