import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

const SECTIONS = ['facts', 'measures', 'advice'] as const;

/**
 * 事件情况 / 政府应对措施 / 公众防范建议: the three sections of a release's text, the same
 * fields in a draft (DraftDialog) and in a 口径 (ReleaseSettings). `testId` prefixes each
 * field's test id (`release-facts`, `release-template-facts`).
 */
export function SectionFields({ testId, factsRows = 2 }: { testId: string; factsRows?: number }) {
  const { t } = useTranslation();
  return (
    <>
      {SECTIONS.map((name) => (
        <Form.Item key={name} name={name} label={t(`releases.field.${name}`)}>
          <Input.TextArea
            rows={name === 'facts' ? factsRows : 2}
            maxLength={4000}
            data-testid={`${testId}-${name}`}
          />
        </Form.Item>
      ))}
    </>
  );
}
