/**
 * The Apps Script bundle, built in memory exactly as `npm run build` builds it (scripts/build.ts), so that no
 * test depends on a stale or missing build/ folder. Loaded into node:vm as Apps Script would: one global scope.
 */
import vm from 'node:vm';
import { bundleCode } from '../../scripts/build';

let cached: Promise<string> | null = null;

/** The text of build/Code.js, built once per test file. */
export function bundle(): Promise<string> {
  cached ??= bundleCode();
  return cached;
}

/** A new global scope with the given globals and the bundle's top-level functions. */
export function loadBundle(code: string, globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext(globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}
