import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash } from './hash';

describe('parseHash', () => {
  it('splits the path into parts and reads the query', () => {
    const r = parseHash('#/print/equipment?from=2026-11-01&to=2026-11-30');
    expect(r.parts).toEqual(['print', 'equipment']);
    expect(r.query.get('from')).toBe('2026-11-01');
    expect(r.query.get('to')).toBe('2026-11-30');
    expect(r.malformed).toBe(false);
  });

  it('treats an empty hash, a bare # and repeated slashes as the parts they hold', () => {
    expect(parseHash('').parts).toEqual([]);
    expect(parseHash('#').parts).toEqual([]);
    expect(parseHash('#/').parts).toEqual([]);
    expect(parseHash('#//logs///incident/abc/').parts).toEqual(['logs', 'incident', 'abc']);
    expect(parseHash('settings/operators').parts).toEqual(['settings', 'operators']);
  });

  it('decodes escaped parts (Chinese in a search, a slash inside a part)', () => {
    expect(parseHash('#/logs/search/%E6%BB%91%E5%9D%A1').parts).toEqual(['logs', 'search', '滑坡']);
    expect(parseHash('#/print/handover/2026-11-29%2Fday').parts).toEqual([
      'print',
      'handover',
      '2026-11-29/day',
    ]);
  });

  it('marks a broken escape as malformed instead of throwing, and keeps the part as typed', () => {
    const r = parseHash('#/incidents/%E0%A4%A');
    expect(r.malformed).toBe(true);
    expect(r.parts).toEqual(['incidents', '%E0%A4%A']);
    expect(parseHash('#/logs/%').malformed).toBe(true);
    expect(parseHash('#/logs/%ZZ?q=1').malformed).toBe(true);
  });

  it('reads a query without a path, and keeps + and escapes of the query as URLSearchParams does', () => {
    const r = parseHash('#?token=wall_abc&x=a+b%20c');
    expect(r.parts).toEqual([]);
    expect(r.query.get('token')).toBe('wall_abc');
    expect(r.query.get('x')).toBe('a b c');
  });
});

describe('hrefOf', () => {
  it("builds an area route, its parts and query from the manifests' route names", () => {
    expect(hrefOf('')).toBe('#/');
    expect(hrefOf('logs')).toBe('#/logs');
    expect(hrefOf('logs', ['incident', 'abc'])).toBe('#/logs/incident/abc');
    expect(hrefOf('print/equipment', [], { from: '2026-11-01', to: '2026-11-30' })).toBe(
      '#/print/equipment?from=2026-11-01&to=2026-11-30',
    );
    expect(hrefOf('print/incident', ['abc'], { auto: 1, skip: undefined })).toBe(
      '#/print/incident/abc?auto=1',
    );
    expect(hrefOf('wall', [], { token: 'wall_a b' })).toBe('#/wall?token=wall_a%20b');
  });

  it('escapes parts and values, so what parseHash reads back is what was given', () => {
    const href = hrefOf('logs', ['search', '滑坡/塌方'], { q: 'a&b=c 滑坡', focus: 'incident:1' });
    const back = parseHash(href);
    expect(back.parts).toEqual(['logs', 'search', '滑坡/塌方']);
    expect(back.query.get('q')).toBe('a&b=c 滑坡');
    expect(back.query.get('focus')).toBe('incident:1');
    expect(back.malformed).toBe(false);
  });

  it('keeps an empty query value (the search tab with nothing typed yet)', () => {
    expect(hrefOf('logs', ['search'], { q: '' })).toBe('#/logs/search?q=');
  });
});
