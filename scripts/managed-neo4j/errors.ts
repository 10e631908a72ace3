/** Errors of the managed server that an entry point prints as one sentence, without a stack trace. */

/** A tool the managed server needs (Java, Maven) is missing or too old. */
export class MissingPrerequisite extends Error {}

/** A port the managed server needs is held by something that is not this folder's server. */
export class PortInUse extends Error {}
