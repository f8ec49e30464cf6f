/** The daemon could not start (its port is taken, its host is not this machine's): the message says what to do. */
export class DaemonStartError extends Error {}
