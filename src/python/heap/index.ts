// The shared heap's public API (see README.md for the design and a porting guide).
export * from './layout';
export * from './consts';
export { Heap, HeapFull, HeapTypeError, attachHeap, forkHeap, createBuffer, CHUNK_BYTES, DEFAULT_HEAP_BYTES, type HeapBuffer, type HeapOptions } from './heap';
export { bootHeap } from './boot';
export * from './numbers';
export * from './str';
export * from './seq';
export * from './keys';
export * from './dict';
export * from './set';
export * from './objects';
export * from './lock';
export * from './copy';
