import { GraphQLError } from 'graphql';

import { ErrorCode } from '../errors/ErrorCode.js';
import type { ChannelSubscription, EventChannel } from '../twenty/eventChannel.js';
import { decodeRecordChange, encodeRecordChange, type RecordChangeEvent, type RecordChangeFilter } from '../twenty/recordChange.js';
import type { ChangeDeduplicator } from './changeDeduplicator.js';
import type { Logger } from './logger.js';

/** The changes of one subscription, in arrival order, until it is returned or the hub closes. */
export interface RecordChangeStream extends AsyncGenerator<RecordChangeEvent, void, undefined> {
  /** Resolves once changes published anywhere from now on reach it. */
  readonly ready: Promise<void>;
}

/** Delivers record changes to the subscribers of their audience, across replicas through its channel. */
export interface RecordChangeHub {
  /** Publishes `change` to every subscriber of its audience, on every replica; never throws. */
  publish(change: RecordChangeEvent): Promise<void>;
  /** Opens a stream of the changes of `audience` that pass `filter`. Throws TOO_MANY_SUBSCRIPTIONS when the hub is full or closing. */
  subscribe(audience: string, filter: RecordChangeFilter): RecordChangeStream;
  /** Whether one more subscription would be accepted now. */
  hasRoom(): boolean;
  /** Streams open now. */
  readonly size: number;
  /** Resolves once at least `count` streams are open and ready (tests). */
  whenReady(count: number): Promise<void>;
  /** Resolves once at most `count` streams are open (tests of clean-up). */
  whenAtMost(count: number): Promise<void>;
  /** Ends every stream (they complete normally) and refuses new ones. */
  close(): Promise<void>;
}

/** Limits and parts of a hub. */
export interface RecordChangeHubOptions {
  channel: EventChannel;
  /** Drops the second sighting of a write (when Twenty's webhooks are on); none → every change is delivered. */
  deduplicator?: ChangeDeduplicator;
  /** Most streams open at once in this process. */
  maxSubscriptions: number;
  /** Most changes a stream holds for a slow reader before it is ended with SUBSCRIPTION_BEHIND. */
  maxPending: number;
  logger?: Logger;
}

/**
 * Creates the hub. Each audience with a subscriber here has one topic on the
 * channel; a message is decoded, checked against its topic, deduplicated,
 * then pushed to each matching stream of that audience.
 */
export function createRecordChangeHub(options: RecordChangeHubOptions): RecordChangeHub {
  const topics = new Map<string, { subscription: ChannelSubscription; streams: Set<ChangeStream> }>();
  const streams = new Set<ChangeStream>();
  let readyCount = 0;
  let closing = false;
  const waiters = new Set<{ met: () => boolean; resolve: () => void }>();
  const notify = () => {
    for (const waiter of waiters) {
      if (waiter.met()) {
        waiters.delete(waiter);
        waiter.resolve();
      }
    }
  };
  const until = (met: () => boolean) =>
    new Promise<void>((resolve) => {
      waiters.add({ met, resolve });
      notify();
    });

  const receive = (audience: string, message: string) => {
    const change = decodeRecordChange(message);
    if (change === undefined || change.audience !== audience) {
      options.logger?.warn({ audience: audience.slice(0, 12) }, 'dropped a record change message that is not one');
      return;
    }
    if (options.deduplicator && !options.deduplicator.admit(change)) {
      return;
    }
    for (const stream of topics.get(audience)?.streams ?? []) {
      if (stream.accepts(change)) {
        stream.push(change);
      }
    }
  };

  const release = (stream: ChangeStream, audience: string) => {
    streams.delete(stream);
    if (stream.isReady) {
      readyCount -= 1;
    }
    const topic = topics.get(audience);
    topic?.streams.delete(stream);
    if (topic && topic.streams.size === 0) {
      topics.delete(audience);
      topic.subscription.close();
    }
    notify();
  };

  return {
    async publish(change) {
      await options.channel.publish(change.audience, encodeRecordChange(change));
    },
    subscribe(audience, filter) {
      if (closing || streams.size >= options.maxSubscriptions) {
        throw tooManySubscriptions(closing, options.maxSubscriptions);
      }
      let topic = topics.get(audience);
      if (!topic) {
        topic = { subscription: options.channel.subscribe(audience, (message) => receive(audience, message)), streams: new Set() };
        topics.set(audience, topic);
      }
      const stream: ChangeStream = new ChangeStream(filter, options.maxPending, topic.subscription.ready, () => release(stream, audience));
      streams.add(stream);
      topic.streams.add(stream);
      void stream.ready.then(() => {
        if (!stream.isClosed) {
          stream.isReady = true;
          readyCount += 1;
          notify();
        }
      });
      return stream;
    },
    hasRoom: () => !closing && streams.size < options.maxSubscriptions,
    get size() {
      return streams.size;
    },
    whenReady: (count) => until(() => readyCount >= count),
    whenAtMost: (count) => until(() => streams.size <= count),
    async close() {
      closing = true;
      for (const stream of [...streams]) {
        await stream.return();
      }
    },
  };
}

function tooManySubscriptions(closing: boolean, max: number): GraphQLError {
  return new GraphQLError(
    closing
      ? 'twenty-bff is shutting down: subscribe again in a moment (to another replica).'
      : `twenty-bff serves at most ${max} subscriptions at once (BFF_MAX_SUBSCRIPTIONS); try again later.`,
    { extensions: { code: ErrorCode.TOO_MANY_SUBSCRIPTIONS } },
  );
}

const DONE: IteratorReturnResult<void> = { value: undefined, done: true };

// An async generator by hand: `return()` must end a `next()` that is waiting
// for a change (a generator function would queue it behind that wait, and
// unsubscribing would hang until the next change).
class ChangeStream implements RecordChangeStream {
  isReady = false;
  isClosed = false;
  private readonly queue: RecordChangeEvent[] = [];
  private waiting: ((result: IteratorResult<RecordChangeEvent, void>) => void) | undefined;
  private failure: GraphQLError | undefined;
  private readonly objects: ReadonlySet<string> | null;
  private readonly ids: ReadonlySet<string> | null;

  constructor(
    filter: RecordChangeFilter,
    private readonly maxPending: number,
    readonly ready: Promise<void>,
    private readonly onClose: () => void,
  ) {
    this.objects = filter.objects === null ? null : new Set(filter.objects);
    this.ids = filter.ids === null ? null : new Set(filter.ids.map((id) => id.toLowerCase()));
  }

  accepts(change: RecordChangeEvent): boolean {
    return (this.objects === null || this.objects.has(change.object)) && (this.ids === null || this.ids.has(change.recordId.toLowerCase()));
  }

  push(change: RecordChangeEvent): void {
    if (this.isClosed) {
      return;
    }
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting({ value: change, done: false });
      return;
    }
    if (this.queue.length >= this.maxPending) {
      // Dropping changes silently would leave a screen wrong without telling:
      // the subscriber is told, and reads again when it subscribes again.
      this.failure = new GraphQLError(
        `This subscription fell more than ${this.maxPending} changes behind and was ended: subscribe again, then read again what is shown.`,
        { extensions: { code: ErrorCode.SUBSCRIPTION_BEHIND } },
      );
      this.queue.length = 0;
      this.close();
      return;
    }
    this.queue.push(change);
  }

  async next(): Promise<IteratorResult<RecordChangeEvent, void>> {
    const queued = this.queue.shift();
    if (queued !== undefined) {
      return { value: queued, done: false };
    }
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      throw failure;
    }
    if (this.isClosed) {
      return DONE;
    }
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  async return(): Promise<IteratorResult<RecordChangeEvent, void>> {
    this.queue.length = 0;
    this.close();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<RecordChangeEvent, void>> {
    this.queue.length = 0;
    this.close();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.isClosed) {
      return;
    }
    this.isClosed = true;
    this.onClose();
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(DONE);
  }
}
