/**
 * The Twenty REST emulator's public surface: `startSandbox`, its deterministic
 * demo credentials, and the types of its options and instruments (webhook
 * deliveries included).
 */
export { DEMO_API_KEY, DEMO_WORKSPACE_ID, startSandbox } from './startSandbox.js';
export type {
  FaultController,
  FaultSpec,
  RateLimitOptions,
  RequestLogEntry,
  RunningSandbox,
  SandboxOptions,
  SandboxWebhook,
  WebhookDelivery,
  WorkspaceApi,
  WorkspaceSnapshot,
} from './types.js';
