import { pino, type DestinationStream, type Logger } from 'pino';

import type { Config } from '../config.js';

/** The structured logger of the server side (pino). */
export type { Logger } from 'pino';

/**
 * Builds the server's logger from `config.log`: JSON lines on stdout, or
 * pino-pretty's coloured lines when the format is `pretty` or unset on a
 * TTY. A `destination` (tests) always receives JSON lines.
 */
export function createLogger(config: Pick<Config, 'log'>, destination?: DestinationStream): Logger {
  const options = { name: 'twenty-bff', level: config.log.level, base: undefined };
  if (destination) {
    return pino(options, destination);
  }
  const pretty = config.log.format === 'pretty' || (config.log.format === undefined && process.stdout.isTTY === true);
  return pretty ? pino({ ...options, transport: { target: 'pino-pretty', options: { ignore: 'name' } } }) : pino(options);
}
