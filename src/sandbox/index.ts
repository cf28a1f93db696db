/**
 * The Twenty REST emulator's public surface: `startSandbox`, its deterministic
 * demo credentials, and the types of its options and instruments.
 */
export { DEMO_API_KEY, DEMO_WORKSPACE_ID, startSandbox } from './startSandbox.js';
export type {
  FaultController,
  FaultSpec,
  RateLimitOptions,
  RequestLogEntry,
  RunningSandbox,
  SandboxOptions,
  WorkspaceApi,
  WorkspaceSnapshot,
} from './types.js';
