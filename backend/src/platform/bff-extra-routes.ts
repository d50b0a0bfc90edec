import { ingestPlugin } from '../ingest/ingest-plugin.ts';
import type { BeausApp } from './app-types.ts';
import { staticAppRoutes } from './static-apps.ts';

/**
 * What the BFF process serves beyond the API: the four built apps, and in the embedded posture
 * (PIPELINE=in-process) the roadside ingest route. One function, so the route-role matrix test
 * walks exactly the routes `npm start` serves.
 */
export function bffExtraRoutes(pipeline: 'in-process' | 'off') {
  return async (app: BeausApp): Promise<void> => {
    await staticAppRoutes(app);
    if (pipeline === 'in-process') {
      // Registered plainly (not via fastify-plugin) so its NDJSON parser and device check stay scoped.
      await app.register(ingestPlugin, { database: app.database, eventLog: app.eventLog });
    }
  };
}
