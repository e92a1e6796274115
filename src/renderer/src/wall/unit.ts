import { useSyncExternalStore } from 'react';

/**
 * The wall's scale: 1 at 1920x1080, 2 at 3840x2160, the smaller of the two ratios on
 * other shapes. CSS uses the same formula (`--u` in wall.css); charts need it as a
 * number for their font sizes and axis widths.
 */
export function wallUnit(width: number, height: number): number {
  return Math.max(0.5, Math.min(width / 1920, height / 1080));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export function useWallUnit(): number {
  return useSyncExternalStore(subscribe, () => wallUnit(window.innerWidth, window.innerHeight));
}
