import { signal } from '@angular/core';
import type { Observable } from 'rxjs';

/** Why the last request failed, as a text key with its parameters. */
export interface Problem {
  key: string;
  params?: Record<string, string>;
}

/**
 * A guest page's requests: whether one is running (the page ignores a second click meanwhile)
 * and the problem to show when one fails, worded by the page's own `problemKeyOf`.
 */
export class GuestRequests {
  /** True while a request runs. */
  readonly busy = signal(false);
  /** The last failure, or a problem the page sets itself (a declined card); null once cleared. */
  readonly problem = signal<Problem | null>(null);
  private readonly problemKeyOf: (error: unknown) => string;

  /** @param problemKeyOf the text key for a failed request's error. */
  constructor(problemKeyOf: (error: unknown) => string) {
    this.problemKeyOf = problemKeyOf;
  }

  /** Runs the request, clearing the last problem; `done` gets its answer. */
  run<T>(request: Observable<T>, done: (value: T) => void): void {
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set({ key: this.problemKeyOf(error) });
      },
    });
  }
}
