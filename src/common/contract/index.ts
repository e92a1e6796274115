import type { z } from 'zod';
import { systemMethods } from './system';
import { operatorMethods } from './operators';
import { settingsMethods } from './settings';
import { geoMethods } from './geo';
import { incidentMethods } from './incidents';
import { logMethods } from './logs';
import { equipmentMethods } from './equipment';
import { importMethods } from './imports';
import { statsMethods } from './stats';
import { desktopMethods } from './desktop';
import { rosterMethods } from './roster';
import { handoverMethods } from './handover';
import { facilityMethods } from './facilities';
import { mapMethods } from './map';

/** The one method table both transports carry (DESIGN.md §3). Names are `area.verb`. */
export const methods = {
  ...systemMethods,
  ...operatorMethods,
  ...settingsMethods,
  ...geoMethods,
  ...incidentMethods,
  ...logMethods,
  ...equipmentMethods,
  ...importMethods,
  ...statsMethods,
  ...desktopMethods,
  ...rosterMethods,
  ...handoverMethods,
  ...facilityMethods,
  ...mapMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type InputOf<N extends MethodName> = z.input<Methods[N]['input']>;
export type ParsedInputOf<N extends MethodName> = z.output<Methods[N]['input']>;
export type OutputOf<N extends MethodName> = z.output<Methods[N]['output']>;

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

export type { Access, MethodDef } from './define';
