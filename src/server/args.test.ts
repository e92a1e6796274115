import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseArgs } from './args';
import { bilingual } from './cli-messages';

const ok = (argv: string[]) => {
  const r = parseArgs(argv);
  if (!r.ok) throw new Error(bilingual(r.problem.key, r.problem.params));
  return r.options;
};
const refused = (argv: string[]) => {
  const r = parseArgs(argv);
  if (r.ok) throw new Error(`accepted ${argv.join(' ')}`);
  return bilingual(r.problem.key, r.problem.params);
};

describe('parseArgs', () => {
  it('defaults to loopback, the default port, no data dir (resolved later)', () => {
    expect(ok([])).toEqual({
      data: null,
      port: DEFAULT_PORT,
      host: '127.0.0.1',
      lan: false,
      hostNames: [],
      demo: false,
      staticDir: null,
      help: false,
    });
  });

  it('reads every flag, with a space or an equals sign', () => {
    expect(ok(['--data', '/srv/duty', '--port=0', '--demo', '--static', 'out/r'])).toMatchObject({
      data: '/srv/duty',
      port: 0,
      demo: true,
      staticDir: 'out/r',
    });
    expect(ok(['--host', '192.168.1.10', '--lan', '--port', '8080'])).toMatchObject({
      host: '192.168.1.10',
      lan: true,
      port: 8080,
    });
    expect(ok(['--host', '[::1]']).host).toBe('::1');
    expect(ok(['--host=localhost']).host).toBe('localhost');
  });

  it.each([['abc'], ['70000'], ['-1'], ['1.5'], ['0x50'], ['']])(
    'refuses --port %j in both languages',
    (p) => {
      const msg = refused(['--port', p]);
      expect(msg).toContain('端口无效');
      expect(msg).toContain('invalid port');
    },
  );

  it('refuses --port without a value', () => {
    expect(refused(['--port'])).toContain('invalid port');
    expect(refused(['--port', '--demo'])).toContain('invalid port');
  });

  it('takes DNS names of this PC for LAN mode only (a wall PC reaching the duty PC by name)', () => {
    expect(
      ok(['--host', '0.0.0.0', '--lan', '--host-name', 'Duty-PC', '--host-name=duty-pc.county.local'])
        .hostNames,
    ).toEqual(['duty-pc', 'duty-pc.county.local']);
    expect(refused(['--host-name', 'duty-pc'])).toContain('--host-name 只用于局域网模式');
    for (const bad of ['192.168.1.20', 'duty pc', 'evil.example:80', ''])
      expect(refused(['--host', '0.0.0.0', '--lan', '--host-name', bad])).toContain('计算机名无效');
  });

  it('requires --host with --lan', () => {
    expect(refused(['--lan'])).toContain('--lan requires --host');
  });

  it('refuses a network interface without --lan (reads would need no token)', () => {
    expect(refused(['--host', '0.0.0.0'])).toContain('add --lan');
    expect(refused(['--host', '192.168.1.10'])).toContain('add --lan');
  });

  it('refuses unknown arguments and malformed hosts', () => {
    expect(refused(['--dta', 'x'])).toContain('unknown argument: --dta');
    expect(refused(['serve'])).toContain('unknown argument');
    expect(refused(['--host', 'a/b', '--lan'])).toContain('invalid host');
    expect(refused(['--data'])).toContain('needs a directory');
    expect(refused(['--demo=yes'])).toContain('takes no value');
  });
});
