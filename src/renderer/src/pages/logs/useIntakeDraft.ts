import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormInstance } from 'antd';
import {
  clearDraft,
  loadDraft,
  newDraft,
  saveDraft,
  type IntakeDraft,
  type IntakeFormValues,
} from './intakeDraft';
import { intakeDefaults } from './intakeValues';

/**
 * The intake's draft: restored on open, following every keystroke (debounced a little),
 * written out when the page goes away mid-wait, and cleared by a save or a discard.
 */
export function useIntakeDraft(form: FormInstance<IntakeFormValues>, tz: string) {
  const [restored] = useState(() => loadDraft());
  const [draft, setDraft] = useState<IntakeDraft>(() => restored ?? newDraft());
  // Read once: later changes of the draft come from this very form.
  const [initial] = useState(() => ({ ...intakeDefaults(draft, tz), ...draft.values }));

  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestDraft = useRef(draft);
  latestDraft.current = draft;
  const write = useCallback(
    (d: IntakeDraft) =>
      saveDraft({
        ...d,
        values: form.getFieldsValue(true) as IntakeFormValues,
        savedAt: new Date().toISOString(),
      }),
    [form],
  );
  const persist = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      write(latestDraft.current);
    }, 200);
  }, [write]);
  useEffect(
    () => () => {
      if (pending.current) {
        clearTimeout(pending.current);
        write(latestDraft.current);
      }
    },
    [write],
  );

  const setAttach = (attachTo: IntakeDraft['attachTo']) => {
    const next = { ...draft, attachTo };
    setDraft(next);
    write(next);
  };

  /** Forget the draft (saved, or discarded): a fresh one takes its place. */
  const clear = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    clearDraft();
  }, []);

  const restart = () => {
    clear();
    const fresh = newDraft();
    setDraft(fresh);
    return fresh;
  };

  return { restored, draft, initial, persist, setAttach, clear, restart };
}
