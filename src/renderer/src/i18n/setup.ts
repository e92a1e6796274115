import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../../common/domain/roles';
import { domainLabels } from '../../../common/i18n/domain-labels';
import { messages } from '../../../common/i18n/messages';
import { zhCN } from './zh-CN';
import { rendererAreas } from '../areas';
import type { RendererArea } from '../areas/define';
import { catalogOf, englishCatalogOf } from '../areas/fold';

/** The user's language choice is a per-machine preference, not a secret: localStorage is fine. */
const LOCALE_KEY = 'duty-room.locale';

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

export function storedLocale(): Locale | null {
  try {
    const v = window.localStorage.getItem(LOCALE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

/** The areas each instance was made with: its English is fetched for the same list. */
const areasOf = new WeakMap<I18n, readonly RendererArea[]>();

/**
 * One i18next instance: our UI strings plus the error catalog that core renders
 * from, so an ApiError's `key` reads the same here as on the server, plus each area's
 * own strings (its renderer manifest, src/renderer/src/areas).
 * Keys are flat ('nav.dashboard', 'errors.field.pin'): no key separator.
 *
 * Only Chinese is loaded here: the English strings (about a sixth of the initial
 * JavaScript) are fetched by `switchLocale` when someone chooses English, so a Chinese
 * desk never downloads them. Until then every key reads in Chinese (the fallback).
 */
export function createI18n(areas: readonly RendererArea[] = rendererAreas): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      'zh-CN': {
        translation: {
          ...messages['zh-CN'],
          ...domainLabels['zh-CN'],
          ...zhCN,
          ...catalogOf(areas),
        },
      },
    },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    supportedLngs: [...LOCALES],
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  areasOf.set(instance, areas);
  return instance;
}

/** Fetches a language's strings if this instance has not got them yet (English: its chunks). */
export async function loadLocale(i18n: I18n, locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  const [shared, areas] = await Promise.all([
    import('./english').then((m) => m.sharedEnglish),
    englishCatalogOf(areasOf.get(i18n) ?? rendererAreas),
  ]);
  i18n.addResourceBundle(locale, 'translation', { ...shared, ...areas });
}

/** Switches the language, fetching its strings first; the screen changes once they are in. */
export async function switchLocale(i18n: I18n, locale: Locale): Promise<void> {
  await loadLocale(i18n, locale);
  await i18n.changeLanguage(locale);
}
