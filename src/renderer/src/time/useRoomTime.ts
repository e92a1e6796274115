import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { formatDateTime } from './format';

/** The room's time zone (settings), falling back to the duty-room default. */
export function useRoomTimeZone(): string {
  const info = useApiQuery('system.info', {});
  return info.data?.timeZone ?? 'Asia/Shanghai';
}

/** A formatter for stored instants, in the room's zone and the UI's language. */
export function useFormatDateTime(): (iso: string | null | undefined) => string {
  const tz = useRoomTimeZone();
  const { i18n } = useTranslation();
  return (iso) => formatDateTime(iso, i18n.language, tz);
}
