import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MethodName, OutputOf } from '../../../common/contract';
import { errorText } from '../api/errors';
import { useApiMutation } from '../api/hooks';
import type { TKey } from '../i18n/keys';
import { applyServerErrors, useRevalidateOnLanguageChange } from '../forms/rules';

/** Methods that answer with a named record: what a register's add/edit dialog saves through. */
type SavesNamed = { [N in MethodName]: OutputOf<N> extends { name: string } ? N : never }[MethodName];

/**
 * The save of a register's add/edit dialog (facilities, depots, equipment all save the same
 * way): field errors from the host land on their fields, any other error is a message; a
 * save says `savedKey` with the record's name and closes the dialog. The form's errors
 * follow the UI language.
 */
export function useRegisterSave<N extends SavesNamed>(
  form: FormInstance,
  method: N,
  savedKey: TKey,
  onClose: () => void,
) {
  return useRecordSave(form, method, savedKey, onClose, (saved) => (saved as { name: string }).name);
}

/** The same save for a record named otherwise (a contact: its unit and person). */
export function useRecordSave<N extends MethodName>(
  form: FormInstance,
  method: N,
  savedKey: TKey,
  onClose: () => void,
  nameOf: (saved: OutputOf<N>) => string,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  useRevalidateOnLanguageChange(form);
  return useApiMutation(method, {
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
    onSuccess: (saved) => {
      void message.success(t(savedKey, { name: nameOf(saved) }));
      onClose();
    },
  });
}
