import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TilePath, TileService } from '../core/tiles/service';
import { httpText } from './cli-messages';
import { sendText } from './respond';
import { sendFile } from './static';

/**
 * GET /tiles/…: the offline basemap the user configured (src/core/tiles/service.ts).
 * MBTiles tiles by XYZ; the PMTiles file by byte range, read by the renderer's PMTiles
 * protocol. Never cached for long: a file replaced under the same path changes its
 * tiles, and the map asks with the file's version in the query.
 */
export async function handleTiles(
  tiles: TileService,
  req: IncomingMessage,
  res: ServerResponse,
  t: TilePath,
): Promise<void> {
  if (t.kind === 'pmtiles') {
    const file = await tiles.pmtilesPath();
    if (!file) return sendText(res, 404, httpText('http.not_found'));
    return sendFile(req, res, file, 'no-cache');
  }
  const tile = await tiles.tile(t.z, t.x, t.y);
  if (tile.status !== 200) {
    res.writeHead(tile.status, { 'Cache-Control': 'no-cache', 'Content-Length': 0 });
    res.end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': tile.contentType!,
    'Content-Length': tile.body!.length,
    'Cache-Control': 'private, max-age=3600',
  });
  res.end(req.method === 'HEAD' ? undefined : tile.body);
}
