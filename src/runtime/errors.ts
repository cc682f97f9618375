/** A Python exception raised by the runtime inside a simulated thread. */
export class PyException extends Error {
  constructor(
    readonly pyType: string,
    readonly pyMessage: string,
    readonly line: number,
  ) {
    super(pyMessage === '' ? pyType : `${pyType}: ${pyMessage}`);
    this.name = 'PyException';
  }
}

/** Raised to unwind a program whose run was stopped; never shown to the student. */
export class RunStopped extends Error {
  constructor() {
    super('run stopped');
    this.name = 'RunStopped';
  }
}
