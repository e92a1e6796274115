/** The forms that carry the 演练 switch while a drill runs. */
export type ExerciseForm = 'intake' | 'check' | 'fault' | 'move' | 'warning';

/**
 * Which drills the operator has said "not drill traffic" for, per form, while the page
 * stays open. Per form: turning it off for a real call on the intake says nothing about the
 * equipment check logged next. Per drill: a second drill that starts later is drill traffic
 * again by default, since the "off" was said about the first one.
 */
export class ExerciseChoice {
  private readonly off = new Map<ExerciseForm, Set<string>>();

  /** Records the operator's switch for this form and drill. */
  set(form: ExerciseForm, drillId: string, on: boolean): void {
    const ids = this.off.get(form) ?? new Set<string>();
    if (on) ids.delete(drillId);
    else ids.add(drillId);
    this.off.set(form, ids);
  }

  /**
   * The drill a form should carry now, given the running drills (oldest first) and what
   * it carries: a drill that ended lets go; otherwise the first running drill the operator
   * has not switched off for this form.
   */
  drillFor(form: ExerciseForm, running: readonly string[], current: string | null): string | null {
    if (current && running.includes(current)) return current;
    const off = this.off.get(form);
    return running.find((id) => !off?.has(id)) ?? null;
  }
}

/** One choice per open page. */
export const exerciseChoice = new ExerciseChoice();
