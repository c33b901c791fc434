// Sign-in with the gateway's own login (demo users in embedded mode); the token is kept for the
// browser session and every GraphQL call carries it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { setSession, type Session } from '../../api/session';
import { LanguageSwitch } from '../../app/LanguageSwitch';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: username.trim(), password }),
      });
      const body = (await response.json().catch(() => null)) as (Session & { error?: string; message?: string }) | null;
      if (!response.ok || !body?.token) {
        setError(body?.message ?? body?.error ?? t('login.failed'));
        return;
      }
      setSession({ token: body.token, expiresAt: body.expiresAt, user: body.user });
      void navigate(from, { replace: true });
    } catch {
      setError(t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login-page" id="main">
      <div className="login-card">
        <div className="login-lang">
          <LanguageSwitch />
        </div>
        <h1>{t('appName')}</h1>
        <form onSubmit={submit} aria-describedby="login-hint">
          <h2>{t('login.title')}</h2>
          <label>
            {t('login.username')}
            <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
          </label>
          <label>
            {t('login.password')}
            <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </label>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy} className="primary">
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
          <p id="login-hint" className="hint">
            {t('login.demoHint')}
          </p>
        </form>
      </div>
    </main>
  );
}
