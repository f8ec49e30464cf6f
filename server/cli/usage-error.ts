/** Bad command-line usage: `fitme` prints the message and its usage and exits with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
