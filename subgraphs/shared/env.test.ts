import { describe, expect, it } from 'vitest';
import { ConfigError, gatewayEnv, subgraphEnv } from './env';

const secret = 's'.repeat(32);

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('subgraphEnv', () => {
  it('reads a valid environment and fills the defaults', () => {
    expect(
      subgraphEnv('departments', { YG_DEPARTMENTS_DATABASE_URL: 'file:./data/departments.db', YG_SIGNING_SECRET: secret, PATH: '/usr/bin' }),
    ).toEqual({ YG_DEPARTMENTS_DATABASE_URL: 'file:./data/departments.db', YG_SIGNING_SECRET: secret, PORT: 0, HOST: '127.0.0.1' });
  });

  it('accepts a postgresql URL and coerces the port', () => {
    expect(
      subgraphEnv('cases', { YG_CASES_DATABASE_URL: 'postgresql://yg@db/cases', YG_SIGNING_SECRET: secret, PORT: '4102', HOST: '0.0.0.0' }),
    ).toEqual({ YG_CASES_DATABASE_URL: 'postgresql://yg@db/cases', YG_SIGNING_SECRET: secret, PORT: 4102, HOST: '0.0.0.0' });
  });

  it('lists a missing database URL and a short secret together', () => {
    expect(problemsOf(() => subgraphEnv('departments', { YG_SIGNING_SECRET: 'short' }))).toEqual([
      'YG_DEPARTMENTS_DATABASE_URL: Invalid input: expected string, received undefined',
      'YG_SIGNING_SECRET: at least 32 characters',
    ]);
  });

  it('lists an unsupported database URL and an out-of-range port together', () => {
    expect(
      problemsOf(() => subgraphEnv('departments', { YG_DEPARTMENTS_DATABASE_URL: 'mysql://x/y', YG_SIGNING_SECRET: secret, PORT: '70000' })),
    ).toEqual([
      'YG_DEPARTMENTS_DATABASE_URL: a file: (SQLite) or postgresql:// URL',
      'PORT: Too big: expected number to be <=65535',
    ]);
  });

  it('puts every problem on its own line of the message', () => {
    expect(() => subgraphEnv('departments', {})).toThrow(
      new ConfigError([
        'YG_DEPARTMENTS_DATABASE_URL: Invalid input: expected string, received undefined',
        'YG_SIGNING_SECRET: Invalid input: expected string, received undefined',
      ]).message,
    );
    expect(new ConfigError(['a: x', 'b: y']).message).toBe('配置错误 / invalid configuration:\n- a: x\n- b: y');
  });
});

describe('gatewayEnv', () => {
  it('reads a valid environment and fills the defaults', () => {
    expect(
      gatewayEnv(['departments'], {
        YG_SUBGRAPH_URL_DEPARTMENTS: 'http://127.0.0.1:4101/graphql',
        YG_SIGNING_SECRET: secret,
        YG_JWT_SECRET: 'j'.repeat(40),
      }),
    ).toEqual({
      YG_SUBGRAPH_URL_DEPARTMENTS: 'http://127.0.0.1:4101/graphql',
      YG_SIGNING_SECRET: secret,
      YG_JWT_SECRET: 'j'.repeat(40),
      YG_API_KEYS: '[]',
      YG_LOGIN_TTL_HOURS: 12,
      YG_TRUST_PROXY: false,
      PORT: 4000,
      HOST: '0.0.0.0',
    });
  });

  it('lists every missing or malformed setting at once', () => {
    expect(
      problemsOf(() => gatewayEnv(['departments', 'cases'], { YG_SUBGRAPH_URL_CASES: 'not a url', YG_JWT_SECRET: 'short', PORT: 'abc' })),
    ).toEqual([
      'YG_SUBGRAPH_URL_DEPARTMENTS: Invalid input: expected string, received undefined',
      'YG_SUBGRAPH_URL_CASES: Invalid URL',
      'YG_SIGNING_SECRET: Invalid input: expected string, received undefined',
      'YG_JWT_SECRET: at least 32 characters',
      'PORT: Invalid input: expected number, received NaN',
    ]);
  });
});
