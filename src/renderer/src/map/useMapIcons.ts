import { useEffect, useState } from 'react';
import { loadIcons, type MapIcons } from './icons';

/** How long to wait before trying the icons again when the host could not be reached. */
export const ICON_RETRY_MS = 5000;

/**
 * The map's icons, decoded once per mount. They are fetched from the host: if it was
 * away (restarting, the network down), they are tried again a little later instead of
 * leaving the map blank with an unhandled rejection.
 */
export function useMapIcons(): MapIcons | null {
  const [icons, setIcons] = useState<MapIcons | null>(null);
  useEffect(() => {
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      loadIcons().then(
        (i) => live && setIcons(i),
        () => {
          if (live) retry = setTimeout(load, ICON_RETRY_MS);
        },
      );
    };
    load();
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, []);
  return icons;
}
