import { useTranslation } from 'react-i18next';
import { LANGUAGES, useLanguage } from './i18n/core.ts';

const SHORT: Record<(typeof LANGUAGES)[number], string> = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' };

/** KK / RU / EN; each button names its language in that language. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const [current, setLanguage] = useLanguage();
  return (
    <div className="or-language" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="or-language__option"
          aria-pressed={current === language}
          title={t(`language.${language}`)}
          onClick={() => setLanguage(language)}
        >
          <span aria-hidden="true">{SHORT[language]}</span>
          <span className="or-visually-hidden">{t(`language.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
