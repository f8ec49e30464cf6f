/** `--energy` of `fitme fit`, `eval` and `serve`: a misspelt evaluator is bad usage (exit 2). */
import { ENERGY_CHOICES, type EnergyChoice } from '../reflectance/descent-evaluators.js';
import { UsageError } from './usage-error.js';

export function energyOption(value: string): EnergyChoice {
  const choice = ENERGY_CHOICES.find((n) => n === value);
  if (!choice) throw new UsageError(`--energy ${value} is not an energy evaluator: use ${ENERGY_CHOICES.join(', ')}`);
  return choice;
}
