/**
 * What starting a run needs (the drivers, the worker spawner, the VM host):
 * one chunk the store loads after the first paint, so the page's first
 * JavaScript holds the lesson and its controls, not the machinery behind Run.
 */
export { browserSpawner } from '../engine/browser-spawner';
export { RunDriver } from '../engine/driver';
export { singleWorkerHost } from '../engine/python-vm-host';
export { VmRunner } from './vm-run';
