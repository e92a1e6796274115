import { useCallback, useEffect, useRef, useState } from 'react';

/** Shipped with the app (src/renderer/public/sounds, made by scripts/make-alarm-sound.mjs). */
const SOUND_FILE = 'sounds/alarm.wav';

export interface AlarmSound {
  /** Sound is on in settings but the browser keeps it suspended until someone touches the wall. */
  blocked: boolean;
  enable(): void;
  play(): void;
  /** How many times it played (tests read it from the page). */
  plays: number;
}

/**
 * The alarm through Web Audio: the file is fetched (connect-src 'self', no media-src
 * needed in the CSP) and decoded once. Browsers start an AudioContext suspended until
 * a user gesture; then `blocked` asks for one touch, once. The desktop wall window
 * allows autoplay, so there it simply plays.
 */
export function useAlarmSound(enabled: boolean): AlarmSound {
  const ctxRef = useRef<AudioContext | null>(null);
  const bufferRef = useRef<AudioBuffer | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [plays, setPlays] = useState(0);

  useEffect(() => {
    if (!enabled || typeof AudioContext === 'undefined') return;
    const ctx = new AudioContext();
    ctxRef.current = ctx;
    let disposed = false;
    const sync = () => {
      if (!disposed) setBlocked(ctx.state === 'suspended');
    };
    ctx.addEventListener('statechange', sync);
    sync();
    fetch(new URL(SOUND_FILE, document.baseURI))
      .then((r) => r.arrayBuffer())
      .then((bytes) => ctx.decodeAudioData(bytes))
      .then((buffer) => {
        if (!disposed) bufferRef.current = buffer;
      })
      .catch(() => {
        // No sound file: the banner still shows; nothing else to do on a wall.
      });
    return () => {
      disposed = true;
      ctx.removeEventListener('statechange', sync);
      ctxRef.current = null;
      bufferRef.current = null;
      setBlocked(false);
      void ctx.close().catch(() => undefined);
    };
  }, [enabled]);

  const enable = useCallback(() => {
    void ctxRef.current?.resume().catch(() => undefined);
  }, []);

  // While blocked, any key or touch on the wall counts as the gesture (no mouse needed).
  useEffect(() => {
    if (!blocked) return;
    window.addEventListener('keydown', enable);
    window.addEventListener('pointerdown', enable);
    return () => {
      window.removeEventListener('keydown', enable);
      window.removeEventListener('pointerdown', enable);
    };
  }, [blocked, enable]);

  const play = useCallback(() => {
    const ctx = ctxRef.current;
    const buffer = bufferRef.current;
    if (!ctx || !buffer || ctx.state !== 'running') return;
    const source = ctx.createBufferSource();
    source.buffer = buffer;
    source.connect(ctx.destination);
    source.addEventListener('ended', () => source.disconnect(), { once: true });
    source.start();
    setPlays((n) => n + 1);
  }, []);

  return { blocked, enable, play, plays };
}
