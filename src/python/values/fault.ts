// The one way a value function reports a Python error: the VM catches a
// PyFault and raises the Python exception of that type with that message.

export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'ZeroDivisionError'
  | 'OverflowError'
  | 'IndexError'
  | 'KeyError'
  // An int too big to build (CPython runs out of memory at the same point).
  | 'MemoryError'
  // Raised where CPython would give a result this layer cannot represent
  // (a complex number from a float power), rather than a wrong value.
  | 'NotImplementedError';

export class PyFault extends Error {
  constructor(
    readonly pyType: PyErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'PyFault';
  }
}

export const fault = (pyType: PyErrorType, message: string): PyFault => new PyFault(pyType, message);
