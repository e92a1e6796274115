import { describe, expect, it } from 'vitest';
import { fixtureNotesArea } from '../../../common/areas/testing/fixture-area';
import { createI18n, loadLocale } from '../i18n/setup';
import { rendererAreas } from '.';
import { defineRendererArea, type PageProps } from './define';
import { menuOf, pageOf } from './fold';
import { dataKey } from '../i18n/keys';

/*
 * The renderer's half of the fixture area (the transports' half is
 * src/main/fixture-area.test.ts): its manifest, written here and in no list of the app,
 * puts a page in the navigation and its strings in the catalog once the list the app
 * folds includes it, with no shared file edited.
 */
function FixtureNotesPage(_props: PageProps) {
  return null;
}

const fixtureNotesUi = defineRendererArea(fixtureNotesArea, {
  pages: {
    fixtureNotes: { page: FixtureNotesPage, order: 65, icon: null, labelKey: 'fixtureNotes.nav' },
  },
  printPages: {},
  catalogs: {
    'zh-CN': { 'fixtureNotes.nav': '叫应记录' },
    'en-US': () => Promise.resolve({ 'fixtureNotes.nav': 'Roll-call notes' }),
  },
});

const withFixture = [...rendererAreas, fixtureNotesUi];

describe('a fixture area added to the renderer’s areas', () => {
  it('has its entry in the navigation, in its order among the app’s', () => {
    const routes = menuOf(withFixture).map((m) => m.route);
    expect(routes).toEqual([
      'dashboard',
      'reminders',
      'logs',
      'warnings',
      'map',
      'equipment',
      'roster',
      'contacts',
      'resources',
      'fixtureNotes',
      'plans',
      'drills',
      'review',
      'supplies',
      'teams',
      'experts',
      'releases',
      'statistics',
      'assessment',
      'settings',
    ]);
    expect(menuOf(rendererAreas).map((m) => m.route)).not.toContain('fixtureNotes');
  });

  it('opens its page on its route', () => {
    expect(pageOf(withFixture, 'fixtureNotes')).toBe(FixtureNotesPage);
    expect(pageOf(rendererAreas, 'fixtureNotes')).toBeUndefined();
  });

  it('has its label in both languages', async () => {
    const i18n = createI18n(withFixture);
    await loadLocale(i18n, 'en-US');
    expect(i18n.t(dataKey('fixtureNotes.nav'), { lng: 'zh-CN' })).toBe('叫应记录');
    expect(i18n.t(dataKey('fixtureNotes.nav'), { lng: 'en-US' })).toBe('Roll-call notes');
    // The app's own strings are all still there.
    expect(i18n.t('nav.logs', { lng: 'zh-CN' })).toBe('值班日志');
  });

  it('refuses a key another area already owns', () => {
    const clash = defineRendererArea(fixtureNotesArea, {
      pages: { fixtureNotes: { page: FixtureNotesPage, order: 65, icon: null, labelKey: 'nav.logs' } },
      printPages: {},
      catalogs: {
        'zh-CN': { 'equipment.subtitle': 'x' },
        'en-US': () => Promise.resolve({ 'equipment.subtitle': 'x' }),
      },
    });
    expect(() => createI18n([...rendererAreas, clash])).toThrow(/equipment\.subtitle/);
  });
});
