// The compiler's refusal: a construct it does not build yet. Raised instead of
// emitting bytecode that would differ from CPython's. Own module so the symbol
// table and the compiler's parts can share it without import cycles.

export class CompileNotSupported extends Error {}
