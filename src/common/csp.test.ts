import { describe, expect, it } from 'vitest';
import { applyCspNonce, buildCsp, CSP_NONCE_PLACEHOLDER } from './csp';

const NONCE = 'AbCdEfGhIjKlMnOpQrStUv==';

describe('buildCsp', () => {
  it('is exactly the policy of ARCHITECTURE.md §4', () => {
    expect(buildCsp(NONCE)).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-AbCdEfGhIjKlMnOpQrStUv=='; " +
        "img-src 'self' data:; font-src 'self'; worker-src 'self'; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('adds configured tile servers to img-src and connect-src only', () => {
    const csp = buildCsp(NONCE, {
      imgSrc: ['https://t0.tianditu.gov.cn', 'https://*.tianditu.gov.cn'],
      connectSrc: ['http://10.1.2.3:8080/wmts'],
    });
    expect(csp).toContain("img-src 'self' data: https://t0.tianditu.gov.cn https://*.tianditu.gov.cn;");
    expect(csp).toContain("connect-src 'self' http://10.1.2.3:8080/wmts;");
    expect(csp).toContain("script-src 'self';");
  });

  it('drops sources that would inject directives or keywords', () => {
    const csp = buildCsp(NONCE, {
      imgSrc: [
        "https://a.example; script-src 'unsafe-inline'",
        "'unsafe-eval'",
        'data:',
        '*',
        'https://b.example x',
      ],
      connectSrc: ['javascript:alert(1)', 'https://ok.example'],
    });
    expect(csp).not.toContain('unsafe');
    expect(csp).not.toContain('a.example');
    expect(csp).not.toContain('b.example');
    expect(csp).toContain("connect-src 'self' https://ok.example;");
    expect(csp.split(';')).toHaveLength(11);
  });

  it('refuses a malformed nonce', () => {
    expect(() => buildCsp("x'; script-src *")).toThrow();
    expect(() => buildCsp('')).toThrow();
  });
});

describe('applyCspNonce', () => {
  it('replaces every placeholder and adds a csp-nonce meta after <head>', () => {
    const html = `<html><head><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><script nonce="${CSP_NONCE_PLACEHOLDER}"></script></head></html>`;
    const out = applyCspNonce(html, NONCE);
    expect(out).not.toContain(CSP_NONCE_PLACEHOLDER);
    expect(out.split(NONCE)).toHaveLength(4);
    expect(out.startsWith(`<html><head><meta name="csp-nonce" content="${NONCE}">`)).toBe(true);
  });

  it('keeps an existing csp-nonce meta rather than adding a second', () => {
    const html = `<head><meta name="csp-nonce" content="${CSP_NONCE_PLACEHOLDER}"></head>`;
    expect(applyCspNonce(html, NONCE)).toBe(`<head><meta name="csp-nonce" content="${NONCE}"></head>`);
  });
});
