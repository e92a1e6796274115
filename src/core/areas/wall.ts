import { wallArea } from '../../common/areas/wall';
import { defineCoreArea } from './define';

// The wall reads the other areas' methods: nothing in core of its own.
export const wallCore = defineCoreArea(wallArea, { handlers: {} });
