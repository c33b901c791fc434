import { describe, expect, it, vi } from 'vitest';
import { idempotent, requestHash, type IdempotencyRecord, type IdempotencyStore, type WriteResult } from './idempotency';

/** The module's own port, backed by a Map; create refuses a duplicate key like the unique index does. */
function memoryStore() {
  const rows = new Map<string, IdempotencyRecord & { key: string }>();
  const store: IdempotencyStore = {
    async findUnique({ where }) {
      const row = rows.get(where.key);
      return row ? { operation: row.operation, requestHash: row.requestHash, response: row.response } : null;
    },
    async create({ data }) {
      if (rows.has(data.key)) throw new Error(`duplicate key ${data.key}`);
      rows.set(data.key, { ...data });
      return data;
    },
  };
  return { store, rows };
}

const created: WriteResult = { id: 'dept-1', userErrors: [] };
const input = { name: '县行政审批服务局', orgUnitId: 'ou-1', category: 'GOVERNMENT' };

describe('requestHash', () => {
  it('is a hex SHA-256', () => {
    expect(requestHash('createDepartment', input)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the order of keys, also in nested objects', () => {
    expect(requestHash('op', { a: 1, b: { c: 2, d: [1, { e: 3, f: 4 }] } })).toBe(
      requestHash('op', { b: { d: [1, { f: 4, e: 3 }], c: 2 }, a: 1 }),
    );
  });

  it('ignores keys whose value is undefined', () => {
    expect(requestHash('op', { a: 1, b: undefined })).toBe(requestHash('op', { a: 1 }));
  });

  it('distinguishes null from an absent key', () => {
    expect(requestHash('op', { a: 1, b: null })).not.toBe(requestHash('op', { a: 1 }));
  });

  it('depends on the order of array elements', () => {
    expect(requestHash('op', { ids: [1, 2] })).not.toBe(requestHash('op', { ids: [2, 1] }));
  });

  it('depends on the values and on the operation', () => {
    expect(requestHash('op', { a: 1 })).not.toBe(requestHash('op', { a: 2 }));
    expect(requestHash('op', { a: 1 })).not.toBe(requestHash('other', { a: 1 }));
  });

  it('does not confuse a number with its string form', () => {
    expect(requestHash('op', { a: 1 })).not.toBe(requestHash('op', { a: '1' }));
  });
});

describe('idempotent', () => {
  it('writes every time and records nothing without a key', async () => {
    const { store, rows } = memoryStore();
    const write = vi.fn(async () => created);
    for (const key of [undefined, null, '']) {
      expect(await idempotent(store, { key, operation: 'createDepartment', input, viewerId: 'u-1' }, write)).toEqual(created);
    }
    expect(write).toHaveBeenCalledTimes(3);
    expect(rows.size).toBe(0);
  });

  it('writes on the first call and records the result under the viewer-scoped key', async () => {
    const { store, rows } = memoryStore();
    const write = vi.fn(async () => created);
    const result = await idempotent(store, { key: 'k-1', operation: 'createDepartment', input, viewerId: 'u-1' }, write);
    expect(result).toEqual(created);
    expect(write).toHaveBeenCalledTimes(1);
    expect([...rows.values()]).toEqual([
      {
        key: JSON.stringify(['u-1', 'k-1']),
        operation: 'createDepartment',
        requestHash: requestHash('createDepartment', input),
        response: JSON.stringify(created),
      },
    ]);
  });

  it('returns the stored result to a retry without writing again', async () => {
    const { store, rows } = memoryStore();
    const write = vi.fn(async () => created);
    const request = { key: 'k-1', operation: 'createDepartment', input, viewerId: 'u-1' };
    await idempotent(store, request, write);
    const again = await idempotent(store, request, vi.fn(async () => ({ id: 'dept-2', userErrors: [] })));
    expect(again).toEqual(created);
    expect(write).toHaveBeenCalledTimes(1);
    expect(rows.size).toBe(1);
  });

  it('treats a retry with the same input in another key order as the same request', async () => {
    const { store } = memoryStore();
    const write = vi.fn(async () => created);
    await idempotent(store, { key: 'k-1', operation: 'createDepartment', input: { a: 1, b: 2 }, viewerId: 'u-1' }, write);
    const again = await idempotent(store, { key: 'k-1', operation: 'createDepartment', input: { b: 2, a: 1 }, viewerId: 'u-1' }, write);
    expect(again).toEqual(created);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('refuses the same key with a different input without writing', async () => {
    const { store, rows } = memoryStore();
    const write = vi.fn(async () => created);
    await idempotent(store, { key: 'k-1', operation: 'createDepartment', input, viewerId: 'u-1' }, write);
    const reused = await idempotent(
      store,
      { key: 'k-1', operation: 'createDepartment', input: { ...input, name: '县公安局' }, viewerId: 'u-1' },
      write,
    );
    expect(reused).toEqual({
      id: null,
      userErrors: [
        {
          field: 'idempotencyKey',
          rule: 'IDEMPOTENCY_KEY_REUSED',
          message: '该幂等键已用于另一请求',
          messageEn: 'this idempotency key was already used for a different request',
        },
      ],
    });
    expect(write).toHaveBeenCalledTimes(1);
    expect(rows.size).toBe(1);
  });

  it('refuses the same key and input for a different operation', async () => {
    const { store } = memoryStore();
    const write = vi.fn(async () => created);
    await idempotent(store, { key: 'k-1', operation: 'createDepartment', input, viewerId: 'u-1' }, write);
    const reused = await idempotent(store, { key: 'k-1', operation: 'updateDepartment', input, viewerId: 'u-1' }, write);
    expect(reused.userErrors.map((e) => e.rule)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(reused.id).toBeNull();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('does not record a refused write, so a retry validates again', async () => {
    const { store, rows } = memoryStore();
    const refused: WriteResult = {
      id: null,
      userErrors: [{ field: 'code', rule: 'CODE_UNIQUE', message: '区划代码 430721 已被使用', messageEn: 'division code 430721 is already in use' }],
    };
    const write = vi.fn<() => Promise<WriteResult>>().mockResolvedValueOnce(refused).mockResolvedValueOnce(created);
    const request = { key: 'k-1', operation: 'createOrgUnit', input, viewerId: 'u-1' };
    expect(await idempotent(store, request, write)).toEqual(refused);
    expect(rows.size).toBe(0);
    expect(await idempotent(store, request, write)).toEqual(created);
    expect(write).toHaveBeenCalledTimes(2);
    expect([...rows.keys()]).toEqual([JSON.stringify(['u-1', 'k-1'])]);
  });

  it('keeps the same key of two viewers apart', async () => {
    const { store, rows } = memoryStore();
    const first = await idempotent(store, { key: 'k-1', operation: 'createDepartment', input, viewerId: 'system:a' }, async () => created);
    const second = await idempotent(
      store,
      { key: 'k-1', operation: 'createDepartment', input: { ...input, name: '县公安局' }, viewerId: 'system:b' },
      async () => ({ id: 'dept-2', userErrors: [] }),
    );
    expect(first).toEqual(created);
    expect(second).toEqual({ id: 'dept-2', userErrors: [] });
    expect([...rows.keys()]).toEqual([JSON.stringify(['system:a', 'k-1']), JSON.stringify(['system:b', 'k-1'])]);
  });

  it('does not hand one viewer the result another viewer stored under the same key', async () => {
    const { store } = memoryStore();
    await idempotent(store, { key: 'k-1', operation: 'createDepartment', input, viewerId: 'u-1' }, async () => created);
    const write = vi.fn(async () => ({ id: 'dept-9', userErrors: [] }));
    expect(await idempotent(store, { key: 'k-1', operation: 'createDepartment', input, viewerId: 'u-2' }, write)).toEqual({
      id: 'dept-9',
      userErrors: [],
    });
    expect(write).toHaveBeenCalledTimes(1);
  });
});

describe('request hashing of dates and ambiguous keys', () => {
  it('tells two different dates apart', () => {
    expect(requestHash('op', { at: new Date('2025-01-01') })).not.toBe(requestHash('op', { at: new Date('2026-06-30') }));
  });
});
