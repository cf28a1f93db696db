import type { FaultController, FaultSpec } from './types.js';

/** A fault controller that the HTTP layer also asks which fault hits a request. */
export interface FaultInjector extends FaultController {
  /**
   * Returns the first active fault matching `method`, `path` and the decoded
   * query string `query` that fires
   * (its `probability` drawn), counting it against its `times`; undefined
   * when none fires.
   */
  take(method: string, path: string, query?: string): FaultSpec | undefined;
}

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
}

/**
 * Creates the fault list behind `RunningSandbox.faults`, starting with
 * `initial`. Faults apply in injection order; one with `times` is removed once
 * it has fired that many times. Throws for a spec it cannot honour.
 */
export function createFaultInjector(initial: FaultSpec[] = [], random: () => number = Math.random): FaultInjector {
  const active: ActiveFault[] = [];
  const inject = (spec: FaultSpec): void => {
    assertValidFault(spec);
    active.push({ spec: { ...spec }, remaining: spec.times ?? Number.POSITIVE_INFINITY });
  };
  initial.forEach(inject);

  return {
    inject,
    clear() {
      active.length = 0;
    },
    take(method, path, query = '') {
      for (const [index, fault] of active.entries()) {
        if (!matches(fault.spec, method, path, query)) {
          continue;
        }
        const probability = fault.spec.probability ?? 1;
        if (probability < 1 && random() >= probability) {
          continue;
        }
        fault.remaining -= 1;
        if (fault.remaining <= 0) {
          active.splice(index, 1);
        }
        return fault.spec;
      }
      return undefined;
    },
  };
}

function matches(spec: FaultSpec, method: string, path: string, query: string): boolean {
  const match = spec.match;
  if (match?.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) {
    return false;
  }
  if (match?.queryContains !== undefined && !query.includes(match.queryContains)) {
    return false;
  }
  return match?.pathPrefix === undefined || path.startsWith(match.pathPrefix);
}

function assertValidFault(spec: FaultSpec): void {
  const kinds = ['status', 'timeout', 'reset', 'malformedJson'];
  if (spec.kind !== undefined && !kinds.includes(spec.kind)) {
    throw new TypeError(`Unknown fault kind "${String(spec.kind)}"; expected one of ${kinds.join(', ')}`);
  }
  if (spec.status !== undefined && !(Number.isInteger(spec.status) && spec.status >= 100 && spec.status <= 599)) {
    throw new TypeError(`Fault status must be an HTTP status from 100 to 599, got ${String(spec.status)}`);
  }
  if (spec.times !== undefined && !(Number.isInteger(spec.times) && spec.times >= 1)) {
    throw new TypeError(`Fault times must be a positive integer, got ${String(spec.times)}`);
  }
  if (spec.probability !== undefined && !(spec.probability >= 0 && spec.probability <= 1)) {
    throw new TypeError(`Fault probability must be from 0 to 1, got ${String(spec.probability)}`);
  }
  if (spec.messages !== undefined && !(Array.isArray(spec.messages) && spec.messages.every((message) => typeof message === 'string'))) {
    throw new TypeError('Fault messages must be an array of strings');
  }
  if (spec.error !== undefined && typeof spec.error !== 'string') {
    throw new TypeError(`Fault error must be a string, got ${String(spec.error)}`);
  }
  if (spec.when !== undefined && spec.when !== 'before' && spec.when !== 'after') {
    throw new TypeError(`Fault when must be "before" or "after", got ${String(spec.when)}`);
  }
}
