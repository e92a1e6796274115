import { describe, expect, it } from 'vitest';
import { CAP_NS, CapError, readAlert, writeAlert, type CapAlert } from './alert';
import { beijingStamp, CAP_IDENTIFIER_RE, capIdentifier, capTime, senderCode } from './identifier';

const refusal = (xml: string) => {
  try {
    readAlert(xml);
  } catch (e) {
    if (e instanceof CapError) return e.key;
    throw e;
  }
  throw new Error('expected a refusal');
};

const NAUGHTY = `<script>alert("x")</script> & &amp; ]]> '引号' \u202e👨‍👩‍👧 𠜎 null\u0000`.replace('\u0000', '');

const alert: CapAlert = {
  identifier: capIdentifier(senderCode('990101', '000'), new Date('2026-07-10T06:20:00Z'), 1),
  sender: '99010100000000',
  sent: capTime('2026-07-10T06:20:00.000Z'),
  status: 'Exercise',
  msgType: 'Update',
  scope: 'Public',
  references: ['99010100000000,99010100000000_20260709100000_1,2026-07-09T10:00:00+08:00'],
  info: [
    {
      language: 'zh-CN',
      category: ['Met'],
      event: '暴雨',
      urgency: 'Immediate',
      severity: 'Severe',
      certainty: 'Likely',
      eventCode: [{ valueName: 'hazard', value: 'rainstorm' }],
      effective: '2026-07-10T14:20:00+08:00',
      expires: '2026-07-11T02:20:00+08:00',
      senderName: '县气象台',
      headline: NAUGHTY,
      description: `第一行\n第二行 ${NAUGHTY}`,
      parameter: [{ valueName: 'level', value: 'II' }],
      area: [
        {
          areaDesc: '城关街道、东湖街道',
          polygon: ['27.5,111.5 27.6,111.5 27.6,111.6 27.5,111.5'],
          geocode: [
            { valueName: 'GB/T 2260', value: '990101001' },
            { valueName: 'GB/T 2260', value: '990101002' },
          ],
        },
      ],
    },
  ],
};

describe('CAP 1.2 alerts', () => {
  it('round-trips every field, naughty strings included, and declares the CAP 1.2 namespace', () => {
    const xml = writeAlert(alert);
    expect(xml).toContain(`<alert xmlns="${CAP_NS}">`);
    expect(xml).not.toContain('<script>');
    const back = readAlert(xml);
    expect(back).toEqual({
      ...alert,
      addresses: undefined,
      note: undefined,
      info: [{ ...alert.info[0], onset: undefined, instruction: undefined }],
    });
  });

  it('writes identifiers in the GB/T 35965.1 pattern, in Beijing time', () => {
    expect(alert.identifier).toBe('99010100000000_20260710142000_1');
    expect(alert.identifier).toMatch(CAP_IDENTIFIER_RE);
    expect(beijingStamp(new Date('2026-12-31T16:30:05Z'))).toBe('20270101003005');
    expect(capTime('2026-12-31T16:30:05.000Z')).toBe('2027-01-01T00:30:05+08:00');
    expect(() => senderCode('99010', '000')).toThrow();
  });

  it('refuses external entities and entity bombs before parsing them', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]><alert xmlns="${CAP_NS}"><identifier>&x;</identifier></alert>`;
    expect(refusal(xxe)).toBe('errors.cap_doctype');
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><alert xmlns="${CAP_NS}">&lol3;</alert>`;
    expect(refusal(lol)).toBe('errors.cap_doctype');
    // An entity without a declaration is never expanded: it stays the text it was.
    const undeclared = writeAlert(alert).replace('<event>暴雨</event>', '<event>&lol3;</event>');
    expect(readAlert(undeclared).info[0]!.event).toBe('&lol3;');
  });

  it('refuses what is not a CAP 1.2 alert, with the reason', () => {
    expect(refusal('<alert')).toBe('errors.cap_malformed');
    expect(refusal('<feed xmlns="http://www.w3.org/2005/Atom"/>')).toBe('errors.cap_not_alert');
    expect(refusal(writeAlert(alert).replace(CAP_NS, 'urn:oasis:names:tc:emergency:cap:1.1'))).toBe(
      'errors.cap_namespace',
    );
    expect(refusal(writeAlert(alert).replace(/<identifier>.*<\/identifier>/, ''))).toBe('errors.cap_missing');
    expect(refusal(writeAlert(alert).replace('<status>Exercise</status>', '<status>Real</status>'))).toBe(
      'errors.cap_value',
    );
    expect(refusal(' '.repeat(1_000_001))).toBe('errors.cap_too_large');
  });
});
