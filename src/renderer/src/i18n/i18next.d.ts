import 'i18next';
import type { UiCatalog } from './keys';

// t() takes only keys the catalogs have: a misspelt or missing key is a compile error,
// and a key built from a code (`grade.${grade}`) must be a union of real keys.
// Values are typed as plain strings: the keys are what the compiler holds.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: UiCatalog };
    keySeparator: false;
    nsSeparator: false;
  }
}
