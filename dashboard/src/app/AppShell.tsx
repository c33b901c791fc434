// The frame around every signed-in page: navigation that keeps unit and period, who is signed in,
// language, auto-refresh and sign-out. Pages render into <main>.
import { Suspense } from 'react';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink, Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { setSession, useSession } from '../api/session';
import { REFRESH_CHOICES, setRefreshMinutes, useRefreshMinutes } from '../lib/refresh';
import { LanguageSwitch } from './LanguageSwitch';

const PAGES = [
  { path: '/', key: 'overview' },
  { path: '/overdue', key: 'overdue' },
  { path: '/inspections', key: 'inspections' },
  { path: '/report', key: 'report' },
  { path: '/explorer', key: 'explorer' },
] as const;

export function AppShell() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [search] = useSearchParams();
  const queryClient = useQueryClient();
  const fetching = useIsFetching();
  const minutes = useRefreshMinutes();

  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  // Navigation keeps the unit and the period in view; page-specific filters stay behind.
  const carried = new URLSearchParams();
  for (const key of ['unit', 'period']) {
    const value = search.get(key);
    if (value) carried.set(key, value);
  }
  const suffix = carried.toString() ? `?${carried}` : '';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="sun" aria-hidden="true" />
          <span className="brand-long">{t('appName')}</span>
          <span className="brand-short">{t('appShort')}</span>
        </div>
        <nav aria-label={t('nav.main')} className="main-nav">
          {PAGES.map((page) => (
            <NavLink key={page.key} to={`${page.path}${suffix}`} end={page.path === '/'} data-nav={page.key}>
              {t(`nav.${page.key}`)}
            </NavLink>
          ))}
        </nav>
        <div className="header-tools">
          <span className="user" data-role={session.user.role}>
            <span className="user-name">{session.user.name}</span>
            <span className="user-role">{t(`role.${session.user.role}`)}</span>
          </span>
          <label className="refresh">
            <span>{t('refresh.label')}</span>
            <select value={minutes} onChange={(e) => setRefreshMinutes(Number(e.target.value))} data-testid="refresh">
              {REFRESH_CHOICES.map((m) => (
                <option key={m} value={m}>
                  {m === 0 ? t('refresh.off') : t('refresh.every', { minutes: m })}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void queryClient.invalidateQueries()} aria-busy={fetching > 0} title={t('refresh.now')}>
            <span aria-hidden="true">⟳</span>
            <span className="visually-hidden">{t('refresh.now')}</span>
          </button>
          <LanguageSwitch />
          <button
            type="button"
            onClick={() => {
              setSession(null);
              queryClient.clear();
            }}
          >
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** Shown while a page's module loads (the first page of a visit; pages.ts starts it early). */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      {t('state.loading')}
    </div>
  );
}
