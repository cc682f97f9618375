/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The VM host a page without `vm=` uses: `one` (the default) or `workers` (src/store/lab-store.ts). */
  readonly VITE_DEFAULT_VM?: string;
}
