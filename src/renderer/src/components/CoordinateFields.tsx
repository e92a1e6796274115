import { Col, Form, InputNumber } from 'antd';

/** A point as a form holds it: longitude and latitude, each possibly empty. */
export interface LonLat {
  lon?: number | null;
  lat?: number | null;
}

/** The point of a form's longitude and latitude, or null unless both are filled. */
export function pointOf({ lon, lat }: LonLat): [number, number] | null {
  return typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : null;
}

/** A record's point as the form's initial longitude and latitude. */
export function lonLatOf(point: readonly [number, number] | null | undefined): LonLat {
  return { lon: point?.[0] ?? null, lat: point?.[1] ?? null };
}

/**
 * Longitude and latitude (WGS-84) as two form fields, `lon` and `lat`, side by side in a
 * form's Row: the registers that place a record on the map all enter its point this way.
 */
export function CoordinateFields({
  span,
  lonLabel,
  latLabel,
  precision,
}: {
  span: number;
  lonLabel: string;
  latLabel: string;
  precision?: number;
}) {
  return (
    <>
      <Col span={span}>
        <Form.Item name="lon" label={lonLabel}>
          <InputNumber min={-180} max={180} step={0.0001} precision={precision} className="dr-full-width" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="lat" label={latLabel}>
          <InputNumber min={-90} max={90} step={0.0001} precision={precision} className="dr-full-width" />
        </Form.Item>
      </Col>
    </>
  );
}
