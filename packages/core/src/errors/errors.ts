/**
 * Exceptions are for misuse only; problems in the data are returned as issues or findings.
 * Every message starts with its origin, e.g. `@tinhgon/core/parseState: …`. Match on the class or on
 * `code` in code and tests, never on the wording.
 */
export class TinhgonError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A body, person, post, unit or relation that the call names does not exist. */
export class NotFoundError extends TinhgonError {
  constructor(message: string, options?: ErrorOptions) {
    super('not-found', message, options);
  }
}

/** An argument has the wrong shape or value; the message names the argument, the value and the fix. */
export class InvalidArgumentError extends TinhgonError {
  constructor(message: string, options?: ErrorOptions) {
    super('invalid-argument', message, options);
  }
}

/** The API was called in a way it does not support (wrong order, wrong object). */
export class UsageError extends TinhgonError {
  constructor(message: string, options?: ErrorOptions) {
    super('usage', message, options);
  }
}
