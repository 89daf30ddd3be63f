// The IPC sender check and navigation guard both rest on isAppUrl.
import { afterEach, describe, expect, it } from 'vitest';
import { appEntryUrl, isAppUrl } from '../../../electron/main/app-url';

describe('isAppUrl', () => {
  afterEach(() => {
    delete process.env['ELECTRON_RENDERER_URL'];
  });

  it('accepts only the bundled renderer file in production', () => {
    const entry = appEntryUrl();
    expect(entry).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(isAppUrl(entry)).toBe(true);
    expect(isAppUrl(`${entry}#/accounts/new`)).toBe(true);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://example.invalid/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('refuses the same path on another host (file://other-host/…): the whole origin counts', () => {
    const entry = new URL(appEntryUrl());
    expect(isAppUrl(`file://other-host${entry.pathname}`)).toBe(false);
    expect(isAppUrl(`file://192.0.2.1${entry.pathname}`)).toBe(false);
    // WHATWG URLs read file://localhost/ as this machine: the same file.
    expect(isAppUrl(`file://localhost${entry.pathname}`)).toBe(true);
    expect(isAppUrl(`file://${entry.pathname}?x=1`)).toBe(true);
  });

  it('accepts only the dev server origin in development', () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/#/clients')).toBe(true);
    expect(isAppUrl('http://localhost:5174/')).toBe(false);
    expect(isAppUrl(appEntryUrl())).toBe(true);
  });
});
