import { PLAN_FILE_MAX_BYTES, PLAN_FILE_MIMES } from '../../../../common/domain/plans';
import { apiClient } from '../../api/client';

// Each part stays under the host's body limit once in base64 (PLAN_FILE_PART_CHARS).
const PART_BYTES = 600_000;

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Whether the name says PDF or DOCX (the host checks the bytes as well). */
export const isPlanDocument = (name: string) => /\.(pdf|docx)$/i.test(name);
export const PLAN_FILE_ACCEPT = `.pdf,.docx,${PLAN_FILE_MIMES.pdf},${PLAN_FILE_MIMES.docx}`;
export const PLAN_FILE_MAX_MB = PLAN_FILE_MAX_BYTES / 1024 / 1024;

/** Sends a document in parts, then attaches it to the version; `onProgress` gets 0..1. */
export async function uploadPlanFile(versionId: string, file: File, onProgress: (share: number) => void) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const uploadId = `upl_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  const parts = Math.max(1, Math.ceil(bytes.length / PART_BYTES));
  for (let i = 0; i < parts; i++) {
    const base64 = toBase64(bytes.subarray(i * PART_BYTES, (i + 1) * PART_BYTES));
    await apiClient().call('plans.uploadPart', { uploadId, index: i, base64 });
    onProgress((i + 1) / parts);
  }
  return apiClient().call('plans.attachFile', { versionId, uploadId, parts, fileName: file.name });
}
