// Trust anchors are built once per CA set and shared by every connection, not rebuilt each time.
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { tlsOptions, trustOptions, type ProbeEnv } from '../../../electron/core/probe/trust';

const CA = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0VSVElGSUNBVEUtRk9SLVRFU1RTMAoGCCqGSM49BAMC\n-----END CERTIFICATE-----\n';

describe('trustOptions', () => {
  it('builds one secure context per CA set and hands the same one to every connection', () => {
    const env: ProbeEnv = { extraCa: [tls.rootCertificates[0]!], pins: new Map(), now: () => new Date(), trust: new Map() };
    const a = trustOptions(env);
    const b = trustOptions(env);
    expect(a.secureContext).toBeDefined();
    expect(b.secureContext).toBe(a.secureContext);
    expect(a.ca).toHaveLength(tls.rootCertificates.length + 1);
    const pinned = trustOptions(env, tls.rootCertificates[1]!);
    expect(pinned.secureContext).not.toBe(a.secureContext);
    expect(trustOptions(env, tls.rootCertificates[1]!).secureContext).toBe(pinned.secureContext);
    expect(env.trust?.size).toBe(2);
  });

  it('leaves Node\'s own roots alone when nothing extra is trusted', () => {
    const env: ProbeEnv = { pins: new Map(), now: () => new Date(), trust: new Map() };
    expect(trustOptions(env)).toEqual({});
    expect(tlsOptions(trustOptions(env))).toEqual({ rejectUnauthorized: true, minVersion: 'TLSv1.2' });
  });

  it('passes the context (which carries the CA list and TLS 1.2 minimum) rather than the list', () => {
    const env: ProbeEnv = { extraCa: [tls.rootCertificates[0]!], pins: new Map(), now: () => new Date(), trust: new Map() };
    const opts = tlsOptions(trustOptions(env));
    expect(opts.secureContext).toBeDefined();
    expect(opts.ca).toBeUndefined();
    expect(opts).toMatchObject({ rejectUnauthorized: true, minVersion: 'TLSv1.2' });
    expect(tlsOptions({ ca: [CA] })).toEqual({ rejectUnauthorized: true, minVersion: 'TLSv1.2', ca: [CA] });
  });
});
