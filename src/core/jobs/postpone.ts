// A job that is not due after all (a WhatsApp send outside business hours) asks to run later; it is no failure.
/**
 * Thrown by a handler that cannot do its work yet for a reason that is not a fault: the job is queued again for
 * `until` (epoch ms) without counting an attempt, without calling onFailed, and without a warning in the log.
 */
export class JobPostponed extends Error {
  override readonly name = 'JobPostponed';
  constructor(
    readonly until: number,
    /** Why, kept as the job's last_error so the jobs API shows what it waits for ("outside business hours"). */
    readonly reason: string,
  ) {
    super(reason);
  }
}
