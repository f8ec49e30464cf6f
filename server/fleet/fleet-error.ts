/** Redis (or a fleet command's setup) could not be used: the message says what to do. */
export class FleetError extends Error {
  override name = 'FleetError';
}
