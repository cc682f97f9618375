import type { Plugin } from 'vite';
import { headersFileText } from './headers-file';

/** Writes `_headers` into the build (see headers-file.ts for why it is generated). */
export function headersFile(): Plugin {
  return {
    name: 'concurrency-lab:headers-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFileText() });
    },
  };
}
