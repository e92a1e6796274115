import { defineArea } from './define';
import { wallMessages } from '../i18n/wall-messages';

/**
 * The wall display (大屏, `#/wall`): a world of its own with its own token, outside the
 * signed-in app's routes. Its data comes from the other areas' read methods.
 */
export const wallArea = defineArea({
  id: 'wall',
  methods: {},
  events: {},
  routes: [],
  printRoutes: {},
  messages: wallMessages,
});
