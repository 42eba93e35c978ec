/**
 * Watching the production Octokit's throttle on a fake clock. The throttle (Bottleneck inside @octokit/plugin-throttling)
 * waits with `setTimeout` and reads `Date.now()`; a test fakes those and moves the clock itself, while the loopback HTTP
 * to the simulator goes on in real time. The probe sees each request twice: when the App asks its Octokit for it (before
 * the throttle) and when it leaves for the network (after the throttle), with the fake clock's time.
 */

import { vi } from 'vitest';
import { performance } from 'node:perf_hooks';
import type { ProbotOctokit } from 'probot';

/** A request as `METHOD /path`, without host or query. */
const label = (method: string, url: string) => `${method.toUpperCase()} ${new URL(url).pathname}`;

export interface ThrottleProbe {
  /** The class to hand Probot: `Base` with the probe fitted. */
  Octokit: typeof ProbotOctokit;
  /** Requests the App asked for, in order, before the throttle saw them. */
  asked: string[];
  /** Requests that passed the throttle and went to the network, in order, with the (fake) clock's time then. */
  sent: { call: string; at: number }[];
  /** When `call` was sent (the first time), if it was. */
  sentAt(call: string): number | undefined;
}

/** Fits a probe to an Octokit class: a plugin hook outside the throttle (asked), a `fetch` inside it (sent). */
export function probeThrottle(Base: typeof ProbotOctokit): ThrottleProbe {
  const asked: string[] = [];
  const sent: { call: string; at: number }[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ call: label(init?.method ?? 'GET', url), at: Date.now() });
    return fetch(input, init);
  };
  // A plugin added after Probot's registers its hook after the throttle's, so it runs before it: the App's own order.
  const Octokit = Base.plugin((octokit) => {
    octokit.hook.before('request', (options) => {
      const { method, url } = octokit.request.endpoint.parse(options);
      asked.push(label(method, url));
    });
  }).defaults((options: Record<string, unknown>) => ({ ...options, request: { ...(options.request as object), fetch: recordingFetch } })) as typeof ProbotOctokit;
  return { Octokit, asked, sent, sentAt: (call) => sent.find((s) => s.call === call)?.at };
}

/** The fake clock the throttle waits on; everything else (I/O, `setImmediate`, `performance`) stays real. */
export interface ThrottleClock {
  /** Turns the event loop until `done()` holds, the clock standing still. */
  until(done: () => boolean, what: string): Promise<void>;
  /** Turns the event loop until no zero-delay timer is pending: what the App does next waits on the clock or on I/O. */
  settle(): Promise<void>;
  /**
   * Moves the clock by `ms`, firing the timers due on the way, then settles. What a timer sets off runs after the move,
   * so move it only while the App waits for a slot the throttle has fixed already (it fixes one when a request is queued).
   */
  advance(ms: number): Promise<void>;
  /** Moves the clock to the next timer and fires it, then settles: for when the App waits on the throttle. */
  next(): Promise<void>;
  /** Puts the real timers back. */
  restore(): void;
}

/**
 * Fakes `Date`, `clearTimeout` and `setTimeout` with a delay. A zero delay is no wait but a yield to the event loop, which
 * Bottleneck takes between most of its steps; those stay on the real loop (and are counted, so `settle` knows when they
 * are done), because the fake clock puts a zero-delay timer set from inside another timer 1 ms later: each step would move
 * the clock. The deadline of `until` and `settle` is real time; it only turns a hang into a failure that says what did
 * not happen, no result depends on it.
 */
export function fakeThrottleClock(timeoutMs = 20_000): ThrottleClock {
  const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const fake = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  const yields = new Set<unknown>();
  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    if (Number(delay) > 0) return fake.setTimeout(callback, delay, ...args);
    const handle = real.setTimeout(() => {
      yields.delete(handle);
      callback(...args);
    }, 0);
    yields.add(handle);
    return handle;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((handle?: Parameters<typeof clearTimeout>[0]) => {
    if (!yields.delete(handle)) return fake.clearTimeout(handle);
    real.clearTimeout(handle);
  }) as typeof clearTimeout;

  /** One turn: the fake timers due now, then the real loop once round (after the yields already set, on the same list). */
  const turn = async () => {
    vi.advanceTimersByTime(0);
    await new Promise((resolve) => real.setTimeout(resolve, 0));
  };
  const until = async (done: () => boolean, what: string) => {
    const deadline = performance.now() + timeoutMs;
    while (!done()) {
      if (performance.now() > deadline) throw new Error(`not within ${timeoutMs} ms (real time), the fake clock at ${Date.now()}: ${what}`);
      await turn();
    }
  };
  const settle = async () => {
    await turn();
    await until(() => yields.size === 0, 'the throttle settles');
  };
  return {
    until,
    settle,
    async advance(ms) {
      vi.advanceTimersByTime(ms);
      await settle();
    },
    async next() {
      if (vi.getTimerCount() === 0) throw new Error(`nothing waits on the fake clock (at ${Date.now()})`);
      vi.advanceTimersToNextTimer();
      await settle();
    },
    restore() {
      Object.assign(globalThis, fake);
      vi.useRealTimers();
    },
  };
}
