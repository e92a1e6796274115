import { statisticsArea } from '../../common/areas/coming';
import { wallArea } from '../../common/areas/wall';
import { defineCoreArea } from './define';

// Areas with nothing in core yet: the wall reads the others' methods, and the coming
// areas have no methods until they are built.
export const wallCore = defineCoreArea(wallArea, { handlers: {} });
export const statisticsCore = defineCoreArea(statisticsArea, { handlers: {} });
