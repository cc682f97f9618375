/** Can a VM run be paused, stepped and sped up live here? The control words need SharedArrayBuffer. */
export function vmControllable(): boolean {
  return typeof SharedArrayBuffer !== 'undefined';
}
