// Brute-force protection for /auth/login (rate-limiter-flexible, in memory: one gateway process
// holds the counters; several replicas would each allow the limit, which still bounds guessing).
// The shape follows the library's "login endpoint protection" recipe: consecutive failures per
// username and address, and failures per address whatever the username.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { normalizeUsername } from './users';

export interface LoginLimitSettings {
  /** Failures allowed for one username from one address within `windowSeconds`. */
  perUserAndIp: { failures: number; windowSeconds: number };
  /** Failures allowed from one address within `windowSeconds`, any usernames. */
  perIp: { failures: number; windowSeconds: number };
}

export const DEFAULT_LOGIN_LIMITS: LoginLimitSettings = {
  perUserAndIp: { failures: 5, windowSeconds: 15 * 60 },
  perIp: { failures: 50, windowSeconds: 60 * 60 },
};

export interface LoginLimits {
  /**
   * Counts an attempt before its password is checked — counting first, not after a failure, keeps
   * parallel guesses from slipping past the limit. Returns the seconds to wait when over a limit.
   */
  attempt(username: string, ip: string): Promise<{ retryAfterSeconds: number } | null>;
  /** A correct password: the username's count starts again, and the address gets its attempt back. */
  succeeded(username: string, ip: string): Promise<void>;
}

export function createLoginLimits(settings: LoginLimitSettings = DEFAULT_LOGIN_LIMITS): LoginLimits {
  const perUserAndIp = new RateLimiterMemory({ keyPrefix: 'login-user-ip', points: settings.perUserAndIp.failures, duration: settings.perUserAndIp.windowSeconds });
  const perIp = new RateLimiterMemory({ keyPrefix: 'login-ip', points: settings.perIp.failures, duration: settings.perIp.windowSeconds });
  const userKey = (username: string, ip: string) => `${normalizeUsername(username)}|${ip}`;
  return {
    async attempt(username, ip) {
      const outcomes = await Promise.allSettled([perUserAndIp.consume(userKey(username, ip)), perIp.consume(ip)]);
      let waitMs = 0;
      for (const outcome of outcomes) {
        if (outcome.status === 'fulfilled') continue;
        // The library rejects with a RateLimiterRes when over the limit, with an Error on a fault.
        if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
        waitMs = Math.max(waitMs, outcome.reason.msBeforeNext);
      }
      return outcomes.some((o) => o.status === 'rejected') ? { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : null;
    },
    async succeeded(username, ip) {
      await Promise.all([perUserAndIp.delete(userKey(username, ip)), perIp.reward(ip, 1)]);
    },
  };
}
