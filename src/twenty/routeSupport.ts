import { LRUCache } from 'lru-cache';

/** What is known of the optional routes and filter forms a workspace's Twenty serves. */
export interface KnownRoutes {
  /** `GET /rest/{objects}/groupBy`: true served, false absent, undefined not known yet. */
  groupBy?: boolean;
  /** One-hop relation traversal in `filter` (`company.name[eq]:…`): true applied, false refused, undefined not known yet. */
  relationFilters?: boolean;
}

/**
 * What twenty-bff has learned of the routes each workspace's Twenty serves
 * (releases differ, contract §9), by credential scope (`scopeOf`), for a
 * while: a Twenty that gains a route after an upgrade is asked again later.
 */
export interface RouteSupport {
  known(scope: string): KnownRoutes;
  remember(scope: string, route: keyof KnownRoutes, served: boolean): void;
}

/** Options of `createRouteSupport`. */
export interface RouteSupportOptions {
  /** How long a finding is kept. */
  ttlMs: number;
  /** Most workspaces remembered; the least recently used are forgotten first. */
  maxWorkspaces: number;
}

/** Creates the process-wide memory of which routes each workspace's Twenty serves. */
export function createRouteSupport(options: RouteSupportOptions): RouteSupport {
  const findings = new LRUCache<string, KnownRoutes>({ max: Math.max(1, options.maxWorkspaces), ttl: Math.max(1, options.ttlMs) });
  return {
    known: (scope) => ({ ...findings.get(scope) }),
    remember(scope, route, served) {
      findings.set(scope, { ...findings.get(scope), [route]: served });
    },
  };
}
