import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../common/domain/roles';
import { rememberLocale, switchLocale } from '../i18n/setup';

// Each language is named in itself, so whoever reads either can find theirs.
const OPTIONS: { value: Locale; labelKey: `language.${Locale}` }[] = [
  { value: 'zh-CN', labelKey: 'language.zh-CN' },
  { value: 'en-US', labelKey: 'language.en-US' },
];

export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Locale>
      size={size}
      aria-label={t('language.label')}
      value={i18n.language as Locale}
      options={OPTIONS.map((o) => ({ value: o.value, label: t(o.labelKey) }))}
      onChange={(value) => {
        rememberLocale(value);
        void switchLocale(i18n, value);
      }}
    />
  );
}
