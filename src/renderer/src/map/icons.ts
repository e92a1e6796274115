import type { Map as MapLibreMap } from 'maplibre-gl';
import { FACILITY_KINDS } from '../../../common/domain/facilities';
import {
  GRADE_COLORS,
  GRADES,
  INCIDENT_STATUSES,
  type Grade,
  type IncidentStatus,
} from '../../../common/domain/incidents';

/**
 * The map's icons: one shipped SVG per facility kind and for depots (distinct colour
 * and pictogram), and incident markers drawn here by grade (colour) and status
 * (filled for open ones with a badge: "!" waiting for verification, a dot while being
 * handled; hollow with a tick when closed, grey with a cross when withdrawn).
 * Rasterised at twice the size they show, for sharp edges on any screen.
 */
const svgs = import.meta.glob<string>('./icons/*.svg', { query: '?url', import: 'default', eager: true });

export const ICON_SIZE = 26;
const RATIO = 2;

export const facilityIconUrl = (kind: string): string => svgs[`./icons/${kind}.svg`] ?? '';
export const depotIconUrl = (): string => svgs['./icons/depot.svg'] ?? '';
/** A rescue team's base (a shield); hollow with an orange flag while the team is out on a dispatch. */
export const teamIconUrl = (busy = false): string =>
  svgs[busy ? './icons/team-busy.svg' : './icons/team.svg'] ?? '';

export const incidentIconName = (grade: Grade, status: IncidentStatus) => `inc-${grade}-${status}`;

function canvas(size: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas');
  c.width = size;
  c.height = size;
  return [c, c.getContext('2d', { willReadFrequently: true })!];
}

async function rasterise(url: string, cssSize: number): Promise<ImageData> {
  const img = new Image(cssSize * RATIO, cssSize * RATIO);
  img.src = url;
  await img.decode();
  const [, ctx] = canvas(cssSize * RATIO);
  ctx.drawImage(img, 0, 0, cssSize * RATIO, cssSize * RATIO);
  return ctx.getImageData(0, 0, cssSize * RATIO, cssSize * RATIO);
}

/** The ink on a grade's colour: dark on yellow, white elsewhere. */
const inkOn = (grade: Grade) => (grade === 'III' ? '#262626' : '#ffffff');

export function drawIncidentIcon(grade: Grade, status: IncidentStatus): ImageData {
  const size = 24 * RATIO;
  const [, ctx] = canvas(size);
  const c = size / 2;
  const color = GRADE_COLORS[grade];
  ctx.lineCap = 'round';
  if (status === 'pending' || status === 'active') {
    ctx.beginPath();
    ctx.arc(c, c, 10.5 * RATIO, 0, Math.PI * 2);
    ctx.fillStyle = color;
    ctx.fill();
    ctx.lineWidth = 2.5 * RATIO;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = inkOn(grade);
    if (status === 'pending') {
      ctx.fillRect(c - 1.4 * RATIO, c - 6 * RATIO, 2.8 * RATIO, 7.5 * RATIO);
      ctx.beginPath();
      ctx.arc(c, c + 4.6 * RATIO, 1.6 * RATIO, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.beginPath();
      ctx.arc(c, c, 3.6 * RATIO, 0, Math.PI * 2);
      ctx.fill();
    }
  } else {
    const ink = status === 'closed' ? color : '#8c8c8c';
    ctx.beginPath();
    ctx.arc(c, c, 8 * RATIO, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 2.6 * RATIO;
    ctx.strokeStyle = ink;
    ctx.stroke();
    ctx.lineWidth = 2 * RATIO;
    ctx.beginPath();
    if (status === 'closed') {
      ctx.moveTo(c - 3.8 * RATIO, c + 0.2 * RATIO);
      ctx.lineTo(c - 1 * RATIO, c + 3 * RATIO);
      ctx.lineTo(c + 4 * RATIO, c - 3 * RATIO);
    } else {
      ctx.moveTo(c - 3 * RATIO, c - 3 * RATIO);
      ctx.lineTo(c + 3 * RATIO, c + 3 * RATIO);
      ctx.moveTo(c + 3 * RATIO, c - 3 * RATIO);
      ctx.lineTo(c - 3 * RATIO, c + 3 * RATIO);
    }
    ctx.stroke();
  }
  return ctx.getImageData(0, 0, size, size);
}

export interface MapIcons {
  images: [string, ImageData][];
}

/** Every icon the map's layers name, decoded and ready (load before the map is made). */
export async function loadIcons(): Promise<MapIcons> {
  const images: [string, ImageData][] = [];
  const svgIcons = await Promise.all([
    ...FACILITY_KINDS.map(
      async (k) => [`fac-${k}`, await rasterise(facilityIconUrl(k), ICON_SIZE)] as [string, ImageData],
    ),
    (async () => ['depot', await rasterise(depotIconUrl(), ICON_SIZE + 2)] as [string, ImageData])(),
    (async () => ['team', await rasterise(teamIconUrl(), ICON_SIZE + 2)] as [string, ImageData])(),
    (async () => ['team-busy', await rasterise(teamIconUrl(true), ICON_SIZE + 2)] as [string, ImageData])(),
  ]);
  images.push(...svgIcons);
  for (const g of GRADES)
    for (const s of INCIDENT_STATUSES) images.push([incidentIconName(g, s), drawIncidentIcon(g, s)]);
  return { images };
}

export function addIcons(map: MapLibreMap, icons: MapIcons): void {
  for (const [name, data] of icons.images)
    if (!map.hasImage(name)) map.addImage(name, data, { pixelRatio: RATIO });
}
