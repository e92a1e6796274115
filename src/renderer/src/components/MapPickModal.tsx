import { useEffect, useRef, useState } from 'react';
import { Modal, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useApiQuery } from '../api/hooks';
import { fontFaces } from '../map/fonts';
import { maplibregl } from '../map/maplibre';
import { buildStyle, countyExtent, type CountyBasemap } from '../map/style';
import './map-pick.css';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The county map in a dialog: click (or drag the pin) to choose a point. */
export function MapPickModal({
  initial,
  onOk,
  onCancel,
}: {
  initial: [number, number] | null;
  onOk: (p: [number, number]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const county = useApiQuery('geo.basemap', {}, { staleTime: Infinity });
  const basemap = useApiQuery('map.basemap', {});
  const [point, setPoint] = useState<[number, number] | null>(initial);
  // The map's element as state, not a ref: the dialog mounts its body after this
  // component's first effects, and with the county already fetched (一张图 opened before)
  // nothing else would run the effect again — the picker stayed blank.
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const marker = useRef<Marker | null>(null);
  const ready = Boolean(county.data && basemap.data);

  useEffect(() => {
    if (!ready || !el) return;
    const container = el;
    const extent = countyExtent(county.data as CountyBasemap);
    const map: MapLibreMap = new maplibregl.Map({
      container,
      style: buildStyle({
        county: county.data as CountyBasemap,
        basemap: basemap.data!,
        origin: window.location.origin,
        fontFaces: fontFaces(),
      }),
      // The point if there is one, else the whole county (imported or the demo's).
      ...(initial
        ? { center: initial, zoom: 14 }
        : extent
          ? { bounds: extent, fitBoundsOptions: { padding: 24 } }
          : { center: [111.52, 27.46] as [number, number], zoom: 9 }),
      attributionControl: false,
      dragRotate: false,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    const place = (p: [number, number]) => {
      setPoint(p);
      if (!marker.current) {
        marker.current = new maplibregl.Marker({ color: '#d4380d', draggable: true }).setLngLat(p).addTo(map);
        marker.current.on('dragend', () => {
          const ll = marker.current!.getLngLat();
          setPoint([round6(ll.lng), round6(ll.lat)]);
        });
      } else marker.current.setLngLat(p);
    };
    if (initial) place(initial);
    map.on('click', (e) => place([round6(e.lngLat.lng), round6(e.lngLat.lat)]));
    container.dataset.mapState = 'loading';
    map.once('idle', () => {
      container.dataset.mapState = 'idle';
    });
    return () => {
      marker.current = null;
      map.remove();
    };
    // The map is made once per opening of the dialog.
  }, [ready, el]);

  return (
    <Modal
      open
      width={900}
      title={t('mapPick.title')}
      okText={t('mapPick.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !point, ...({ 'data-testid': 'map-pick-ok' } as Record<string, string>) }}
      onOk={() => point && onOk(point)}
      onCancel={onCancel}
      destroyOnHidden
    >
      <p className="dr-muted">{t('mapPick.hint')}</p>
      {ready ? <div ref={setEl} className="dr-map-pick" data-testid="map-pick-map" /> : <Skeleton active />}
      <p className="dr-tabular dr-map-pick-value" data-testid="map-pick-value">
        {point
          ? t('mapPick.value', { lon: point[0].toFixed(6), lat: point[1].toFixed(6) })
          : t('mapPick.none')}
      </p>
    </Modal>
  );
}
