import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language')}</span>
      <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)} data-testid="language">
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languageName.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
