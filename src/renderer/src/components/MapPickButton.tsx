import { lazy, Suspense, useState } from 'react';
import { Button, Spin } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

// The map library is big: it loads when someone actually picks a point.
const MapPickModal = lazy(() => import('./MapPickModal').then((m) => ({ default: m.MapPickModal })));

/**
 * 在地图上选点: opens the county map, a click sets the point (WGS-84), OK hands it back.
 * Self-contained, so a form adds it with one line beside its longitude and latitude.
 */
export function MapPickButton({
  value,
  onPick,
}: {
  value: [number, number] | null;
  onPick: (p: [number, number]) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        type="link"
        className="dr-link-btn"
        icon={<AimOutlined />}
        onClick={() => setOpen(true)}
        tabIndex={-1}
        data-testid="map-pick"
      >
        {t('mapPick.button')}
      </Button>
      {open ? (
        <Suspense fallback={<Spin fullscreen />}>
          <MapPickModal
            initial={value}
            onCancel={() => setOpen(false)}
            onOk={(p) => {
              setOpen(false);
              onPick(p);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
