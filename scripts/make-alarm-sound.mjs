// Writes the wall display's alarm sound (src/renderer/public/sounds/alarm.wav): a
// two-tone warble, 16-bit PCM mono, made here so the app ships it without any
// download or licence question. Run: node scripts/make-alarm-sound.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RATE = 22050;
const SECONDS = 1.8;
const TONES = [988, 740]; // B5 and F#5, alternating: heard over a room's chatter
const STEP = 0.225; // seconds per tone
const n = Math.round(RATE * SECONDS);
const pcm = Buffer.alloc(n * 2);
let phase = 0;
for (let i = 0; i < n; i++) {
  const t = i / RATE;
  const step = Math.floor(t / STEP);
  const f = TONES[step % 2];
  phase += (2 * Math.PI * f) / RATE;
  // A square-ish tone (fundamental + odd harmonics) cuts through better than a sine.
  const s = Math.sin(phase) + Math.sin(3 * phase) / 3 + Math.sin(5 * phase) / 5;
  // 8 ms ramps at each tone change and at both ends: no clicks.
  const inStep = t - step * STEP;
  const ramp = Math.min(1, inStep / 0.008, (STEP - inStep) / 0.008, t / 0.02, (SECONDS - t) / 0.05);
  pcm.writeInt16LE(Math.round(s * 0.55 * Math.max(0, ramp) * 32767 * 0.9), i * 2);
}
const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + pcm.length, 4);
header.write('WAVE', 8);
header.write('fmt ', 12);
header.writeUInt32LE(16, 16); // PCM chunk size
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(RATE, 24);
header.writeUInt32LE(RATE * 2, 28); // byte rate
header.writeUInt16LE(2, 32); // block align
header.writeUInt16LE(16, 34); // bits
header.write('data', 36);
header.writeUInt32LE(pcm.length, 40);
const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'renderer',
  'public',
  'sounds',
  'alarm.wav',
);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, Buffer.concat([header, pcm]));
console.log(`written ${out} (${header.length + pcm.length} bytes)`);
