import { operatorsArea } from '../../common/areas/operators';
import { authHandlers, operatorHandlers } from '../operators/handlers';
import { defineCoreArea } from './define';

// Operators' tables came with the foundation (migration 001, the system area).
export const operatorsCore = defineCoreArea(operatorsArea, {
  handlers: { ...operatorHandlers, ...authHandlers },
});
