import { defineArea } from './define';
import { operatorMethods } from '../contract/operators';

/** Who is on the duty room's staff, and who is signed in (operators.*, auth.*). */
export const operatorsArea = defineArea({
  id: 'operators',
  methods: operatorMethods,
  // `auth.whoami` reflects operator edits; rosters show operators' names.
  events: { 'operators.changed': ['auth', 'roster', 'setup'] },
  routes: [],
  printRoutes: {},
});
