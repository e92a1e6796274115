/**
 * The CSP nonce of this page load (ARCHITECTURE.md §4). Hosts swap vite's placeholder for a
 * fresh value per load and may also put it in `<meta name="csp-nonce" content>`.
 * Browsers hide the `nonce` *attribute* from scripts once a CSP applies, so the IDL
 * property `.nonce` is read, never `getAttribute('nonce')`.
 */
export function readCspNonce(doc: Document = document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]');
  if (meta?.content) return meta.content;
  const candidates = doc.querySelectorAll<HTMLElement>(
    'meta[property="csp-nonce"], script[nonce], style[nonce], link[nonce]',
  );
  for (const el of candidates) {
    if (el.nonce) return el.nonce;
  }
  return undefined;
}

/**
 * antd gets the nonce through ConfigProvider, but rc-component utilities (Table's
 * scrollbar measurement, Modal's scroll lock) create `<style>` elements outside it.
 * Stamping every style element at creation keeps them inside the CSP; a
 * MutationObserver would be too late, as the browser checks the nonce on insertion.
 */
export function stampStyleNonces(nonce: string, doc: Document = document): void {
  const original = doc.createElement.bind(doc) as (
    tag: string,
    options?: ElementCreationOptions,
  ) => HTMLElement;
  const patched = (tag: string, options?: ElementCreationOptions): HTMLElement => {
    const el = original(tag, options);
    if (tag.toLowerCase() === 'style') el.nonce = nonce;
    return el;
  };
  doc.createElement = patched as Document['createElement'];
}
