import { releasesArea } from '../../common/areas/releases';
import { m023Releases } from '../db/migrations/023-releases';
import { m024ReleaseTemplates } from '../db/migrations/024-release-templates';
import { releaseHandlers } from '../releases/handlers';
import { defineCoreArea } from './define';

export const releasesCore = defineCoreArea(releasesArea, {
  handlers: releaseHandlers,
  migrations: [m023Releases, m024ReleaseTemplates],
});
