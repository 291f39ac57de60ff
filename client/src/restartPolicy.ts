// vscode-languageclient's default handler restarts 4 times and then shows its own message on
// every later failure. We allow a bounded number of restarts in a sliding window and tell the
// user once per give-up, with a way back, so a crashing server never becomes a popup storm.

import { CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, ErrorHandlerResult } from 'vscode-languageclient/node';

export interface RestartPolicyOptions {
  maxRestarts: number;
  windowMs: number;
  /** Called once when the policy stops restarting; not again until reset(). */
  onGiveUp: (reason: string) => void;
  /** Written to the output channel instead of a popup for every restart we do allow. */
  log: (line: string) => void;
  now?: () => number;
}

/** Consecutive write/read errors tolerated before the connection is considered broken. */
const MAX_CONSECUTIVE_ERRORS = 3;

export class RestartPolicy implements ErrorHandler {
  private restarts: number[] = [];
  private gaveUp = false;

  constructor(private readonly opts: RestartPolicyOptions) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.opts.log(`Connection error (${count ?? 1}): ${error.message}`);
    if ((count ?? 1) <= MAX_CONSECUTIVE_ERRORS) return { action: ErrorAction.Continue, handled: true };
    this.giveUp(`the connection to the language server keeps failing (${error.message})`);
    return { action: ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = (this.opts.now ?? Date.now)();
    this.restarts = this.restarts.filter((t) => now - t < this.opts.windowMs);
    if (this.restarts.length < this.opts.maxRestarts) {
      this.restarts.push(now);
      this.opts.log(`Language server stopped unexpectedly; restart ${this.restarts.length} of ${this.opts.maxRestarts}.`);
      return { action: CloseAction.Restart, handled: true };
    }
    const minutes = Math.round(this.opts.windowMs / 60_000);
    this.giveUp(`the language server crashed ${this.opts.maxRestarts + 1} times in ${minutes} minutes`);
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  /** After a restart the user asked for, crashes count afresh and may be reported again. */
  reset(): void {
    this.restarts = [];
    this.gaveUp = false;
  }

  private giveUp(reason: string): void {
    this.opts.log(`Giving up: ${reason}.`);
    if (this.gaveUp) return;
    this.gaveUp = true;
    this.opts.onGiveUp(reason);
  }
}
