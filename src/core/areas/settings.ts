import { settingsArea } from '../../common/areas/settings';
import { backupHandlers } from '../backup/handlers';
import { settingsHandlers } from '../settings/handlers';
import { wallTokenHandlers } from '../settings/wall-tokens';
import { defineCoreArea } from './define';

// Settings and wall tokens live in the foundation's tables (migration 001).
export const settingsCore = defineCoreArea(settingsArea, {
  handlers: { ...settingsHandlers, ...backupHandlers, ...wallTokenHandlers },
});
