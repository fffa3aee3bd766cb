import { describe, expect, it } from 'vitest';
import { defineSiteConfig } from '../../src/config/site-config.ts';

describe('defineSiteConfig', () => {
  it('takes an https: or http: base URL on any host, without its trailing slash', () => {
    expect(defineSiteConfig({ baseUrl: 'https://bantin.example.vn/' }).baseUrl).toBe(
      'https://bantin.example.vn',
    );
    expect(defineSiteConfig({ baseUrl: 'http://127.0.0.1:8080' }).baseUrl).toBe('http://127.0.0.1:8080');
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///srv/site',
    'ftp://bantin.example.vn',
    'bantin.vn',
  ])('refuses the base URL %s, naming the setting and the fix', (baseUrl) => {
    expect(() => defineSiteConfig({ baseUrl })).toThrow(
      /site\.config\.ts {2}baseUrl {2}write the full web address, starting with https:\/\/ or http:\/\//,
    );
  });
});
