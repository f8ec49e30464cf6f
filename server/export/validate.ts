/**
 * The Khronos glTF-Validator over a glb in memory: the reference for what engines and viewers
 * accept. Every glb fitme writes must come out with zero errors.
 */
import { validateBytes } from 'gltf-validator';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface ValidationMessage {
  code: string;
  message: string;
  severity: Severity;
  /** JSON pointer into the glTF JSON, or "@<byte offset>" for issues in the GLB container. */
  pointer: string;
}

export interface ValidationResult {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  messages: ValidationMessage[];
  validatorVersion: string;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

export async function validateGlb(glb: Uint8Array): Promise<ValidationResult> {
  // maxIssues 0: report everything, so counts and messages agree.
  const report = await validateBytes(glb, { format: 'glb', writeTimestamp: false, maxIssues: 0 });
  const { issues } = report;
  return {
    errors: issues.numErrors,
    warnings: issues.numWarnings,
    infos: issues.numInfos,
    hints: issues.numHints,
    messages: issues.messages.map((m) => ({
      code: m.code,
      message: m.message,
      severity: SEVERITIES[m.severity],
      pointer: m.pointer ?? (m.offset !== undefined ? `@${m.offset}` : ''),
    })),
    validatorVersion: report.validatorVersion,
  };
}
