import { Col, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { text } from '../../../common/contract/shared';
import { zodRule } from '../forms/rules';
import { CoordinateFields, pointOf, type LonLat } from './CoordinateFields';
import { MapPickButton } from './MapPickButton';
import { useTownOptions } from './useTownOptions';
import { keyboardSearch } from '../forms/optionMatch';

/** The fields PlaceFields fills in its form. */
export interface PlaceValues extends LonLat {
  townCode?: string | null;
  address?: string;
}

/**
 * Where a resource is (facilities and depots alike): its town, address, longitude and
 * latitude, and a button to pick the point on the map. Cols for the form's own Row; the
 * address takes `addressSpan` (the rest of its line).
 */
export function PlaceFields({ addressSpan }: { addressSpan: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PlaceValues>();
  const towns = useTownOptions();
  const lon = Form.useWatch('lon', form);
  const lat = Form.useWatch('lat', form);
  return (
    <>
      <Col span={8}>
        <Form.Item name="townCode" label={t('resources.col.town')}>
          <Select allowClear showSearch={keyboardSearch} options={towns} />
        </Form.Item>
      </Col>
      <Col span={addressSpan}>
        <Form.Item name="address" label={t('resources.col.address')} rules={[zodRule(text(200), t)]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <CoordinateFields
        span={8}
        lonLabel={t('resources.col.lon')}
        latLabel={t('resources.col.lat')}
        precision={6}
      />
      <Col span={8} className="dr-res-pick">
        <MapPickButton
          value={pointOf({ lon, lat })}
          onPick={(p) => form.setFieldsValue({ lon: p[0], lat: p[1] })}
        />
      </Col>
    </>
  );
}
