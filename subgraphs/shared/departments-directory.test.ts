// The departments directory over HTTP: a connection dropped as it is reused is tried once more; a
// subgraph that keeps refusing is reported as unavailable.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { createHttpDirectory, DirectoryUnavailableError } from './departments-directory';
import { secretKey } from './viewer';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A departments stand-in that drops the first `drops` requests' connections without answering. */
async function departments(drops: number): Promise<{ url: string; requests: () => number }> {
  let count = 0;
  server = createServer((req, res) => {
    count++;
    if (count <= drops) {
      req.socket.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { _entities: [{ __typename: 'OrgUnit', id: 'u1', code: '430721', name: '安乡县', tier: 'COUNTY', path: '/4307/430721/', active: true }] } }));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/graphql`, requests: () => count };
}

const directory = (url: string) => createHttpDirectory({ url, signingKey: secretKey('a-test-signing-secret-long-enough-123456'), caller: 'test' });

it('asks once more when the connection is dropped, and gets its answer', async () => {
  const stub = await departments(1);
  const result = await directory(stub.url).lookup({ unitIds: ['u1'] });
  expect(result.units.get('u1')?.name).toBe('安乡县');
  expect(stub.requests()).toBe(2);
});

it('reports the subgraph unavailable when the second attempt fails too, after two attempts only', async () => {
  const stub = await departments(5);
  await expect(directory(stub.url).lookup({ unitIds: ['u1'] })).rejects.toBeInstanceOf(DirectoryUnavailableError);
  expect(stub.requests()).toBe(2);
});
