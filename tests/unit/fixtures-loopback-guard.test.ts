// The test network guard itself: host names other than localhost, DNS servers and addresses off
// the loopback are refused at once, while 127.0.0.1 keeps working.
import net from 'node:net';
import tls from 'node:tls';
import { promises as dnsPromises } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { blockedAttempts } from '../fixtures/loopback-guard';

const connectError = (make: () => net.Socket) =>
  new Promise<NodeJS.ErrnoException>((resolve) => {
    const s = make();
    s.on('error', resolve);
    s.on('connect', () => { s.destroy(); resolve(Object.assign(new Error('connected'), { code: 'CONNECTED' })); });
  });

describe('loopback guard', () => {
  it('refuses host names, outside DNS servers and outside addresses; lets loopback through', async () => {
    const before = blockedAttempts().length;
    expect((await connectError(() => net.connect(25, 'smtp.gmail.com'))).code).toBe('ENOTFOUND');
    expect((await connectError(() => tls.connect({ host: '93.184.216.34', port: 443 }))).code).toBe('ECONNREFUSED');
    const r = new dnsPromises.Resolver({ timeout: 200, tries: 1 });
    r.setServers(['8.8.8.8']);
    await expect(r.resolveTxt('example.com')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(blockedAttempts().length - before).toBe(3);
    const server = net.createServer((c) => c.end()).listen(0, '127.0.0.1');
    await new Promise((res) => server.once('listening', res));
    const { port } = server.address() as net.AddressInfo;
    expect((await connectError(() => net.connect(port, '127.0.0.1'))).code).toBe('CONNECTED');
    expect((await connectError(() => net.connect(port, 'localhost'))).code).toBe('CONNECTED');
    server.close();
  });
});
