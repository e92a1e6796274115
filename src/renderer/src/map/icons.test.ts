import { describe, expect, it } from 'vitest';
import { FACILITY_COLORS, FACILITY_KINDS } from '../../../common/domain/facilities';
import { resourcesLabels } from '../../../common/i18n/resources-labels';
import { resourcesEnUS as enUS } from '../i18n/resources.en-US';
import { resourcesZhCN as zhCN } from '../i18n/resources.zh-CN';

const svgs = import.meta.glob<string>('./icons/*.svg', { query: '?raw', import: 'default', eager: true });

/** Every facility kind is drawn, named and toggled: a kind added without one of them fails here. */
describe('facility kinds on the map', () => {
  it('each has a shipped icon in its own colour', () => {
    for (const k of FACILITY_KINDS) {
      const svg = svgs[`./icons/${k}.svg`];
      expect(svg, k).toContain(`<circle cx="16" cy="16" r="14" fill="${FACILITY_COLORS[k]}"`);
    }
  });

  it('each has a label and a layer name in both locales', () => {
    for (const k of FACILITY_KINDS) {
      for (const loc of ['zh-CN', 'en-US'] as const)
        expect(resourcesLabels[loc][`facilityKind.${k}`]).toBeTruthy();
      expect(zhCN[`map.layer.fac-${k}`], k).toMatch(/\p{Script=Han}/u);
      expect(enUS[`map.layer.fac-${k}`], k).toMatch(/^[A-Z]/);
    }
  });

  it('colours are told apart on the map: no two within 28 of each other on every channel', () => {
    const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    const kinds = [...FACILITY_KINDS];
    for (const a of kinds)
      for (const b of kinds)
        if (a < b) {
          const [x, y] = [rgb(FACILITY_COLORS[a]), rgb(FACILITY_COLORS[b])];
          expect(Math.max(...x.map((v, i) => Math.abs(v - y[i]!))), `${a} vs ${b}`).toBeGreaterThan(28);
        }
  });
});
