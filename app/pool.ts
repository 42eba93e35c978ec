/**
 * A small pool of worker threads: each thread runs one task at a time, tasks wait their turn in a bounded queue,
 * a thread that dies fails only the task it was running and is replaced when the next task comes.
 */

import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

/** How a pool is made. */
export interface PoolOptions {
  /** The worker script: it answers every message with one {@link WorkerReply}. */
  script: URL;
  /** Most threads at the same time; they start when there is work, not before. */
  size: number;
  /** Most tasks waiting for a thread; one more is refused with a {@link PoolBusyError}. */
  maxWaiting: number;
  /** Limits of each thread (its heap): a thread that runs out of memory dies, the process lives on. */
  resourceLimits?: ResourceLimits;
}

/** What a worker script sends back for a task: its value, or the error it threw, as data. */
export type WorkerReply<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string; stack?: string } };

/** A task's thread stopped (out of memory, a crash, or the pool closing) before it answered. */
export class WorkerStoppedError extends Error {
  constructor(
    readonly exitCode: number,
    cause?: Error,
  ) {
    super(`the worker thread stopped with exit code ${exitCode} before it answered${cause ? `: ${cause.message}` : ''}`, { cause });
    this.name = 'WorkerStoppedError';
  }
}

/** Every place in the queue is taken. */
export class PoolBusyError extends Error {
  constructor(maxWaiting: number) {
    super(`all ${maxWaiting} places in the worker threads' queue are taken`);
    this.name = 'PoolBusyError';
  }
}

/** The pool was closed before the task ran. */
export class PoolClosedError extends Error {
  constructor() {
    super('the worker threads were stopped before the task ran');
    this.name = 'PoolClosedError';
  }
}

interface Task<Out> {
  message: unknown;
  transfer: readonly Transferable[];
  resolve(value: Out): void;
  reject(error: Error): void;
}

/** Runs tasks in worker threads; `In` is what a task's message holds, `Out` what its thread answers. */
export class WorkerPool<In, Out> {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Task<Out>>();
  private readonly waiting: Task<Out>[] = [];
  private readonly threads = new Set<Worker>();
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`a pool needs at least one thread, not ${options.size}`);
  }

  /** Runs one task in the first free thread; `transfer` lists buffers of `message` that move to the thread instead of being copied. */
  run(message: In, transfer: readonly Transferable[] = []): Promise<Out> {
    if (this.closed) return Promise.reject(new PoolClosedError());
    if (this.waiting.length >= this.options.maxWaiting) return Promise.reject(new PoolBusyError(this.options.maxWaiting));
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ message, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** Tasks running and tasks waiting, now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running.size, waiting: this.waiting.length };
  }

  /** Refuses new tasks, fails the waiting ones and stops every thread; resolves once all have stopped. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new PoolClosedError());
    await Promise.all([...this.threads].map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (!this.closed && this.waiting.length > 0) {
      const worker = this.idle.pop() ?? (this.threads.size < this.options.size ? this.start() : undefined);
      if (!worker) return;
      const task = this.waiting.shift()!;
      this.running.set(worker, task);
      // A busy thread keeps the process alive, as pending I/O does; an idle one does not.
      worker.ref();
      try {
        worker.postMessage(task.message, task.transfer as Transferable[]);
      } catch (error) {
        // The message could not be copied: the task's fault, not the thread's.
        this.running.delete(worker);
        this.rest(worker);
        task.reject(error as Error);
      }
    }
  }

  private start(): Worker {
    const worker = new Worker(this.options.script, { resourceLimits: this.options.resourceLimits });
    this.threads.add(worker);
    let failure: Error | undefined;
    worker.on('message', (reply: WorkerReply<Out>) => {
      const task = this.running.get(worker);
      if (!task) return;
      this.running.delete(worker);
      this.rest(worker);
      if (reply.ok) task.resolve(reply.value);
      else task.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, stack: reply.error.stack }));
      this.dispatch();
    });
    // An uncaught error or running out of memory; 'exit' follows and settles the task.
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      this.threads.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at !== -1) this.idle.splice(at, 1);
      const task = this.running.get(worker);
      this.running.delete(worker);
      task?.reject(this.closed ? new PoolClosedError() : new WorkerStoppedError(code, failure));
      // The next waiting task gets a new thread.
      this.dispatch();
    });
    return worker;
  }

  private rest(worker: Worker): void {
    worker.unref();
    this.idle.push(worker);
  }
}
