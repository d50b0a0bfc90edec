import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { BeausApp } from './app-types.ts';
import { appContentSecurityPolicy } from './app-csp.ts';

export const appNames = ['agent', 'supervisor', 'admin', 'customer'] as const;
export type AppName = (typeof appNames)[number];

/** Hashed build outputs (chunk-ABCD1234.js) never change: cache them for a year. */
const hashedFile = /-[A-Z0-9]{8,}\.(?:js|css|woff2?|png|svg|jpg)$/;

/**
 * Serves each production-built app from APPS_DIR/<app>/browser at /<app>/, falling back to the
 * app's index.html for client-side routes. `/` goes to the customer app. Every route is public:
 * the apps hold no data; the API checks every call.
 */
export async function staticAppRoutes(app: BeausApp): Promise<void> {
  await app.register(fastifyStatic, { root: app.config.appsDir, serve: false });
  const hidden = { hide: true, tags: ['apps'] };

  app.get('/', { config: { roles: 'public' }, schema: hidden }, (_request, reply) =>
    reply.redirect('/customer/'),
  );

  for (const name of appNames) {
    const root = join(app.config.appsDir, name, 'browser');
    const indexFile = join(root, 'index.html');
    // Read once: the dist folder only changes with a rebuild, which restarts the server.
    const indexHtml = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;
    const csp = indexHtml ? appContentSecurityPolicy(indexHtml, app.config) : null;

    app.get(`/${name}`, { config: { roles: 'public' }, schema: hidden }, (_request, reply) =>
      reply.redirect(`/${name}/`),
    );
    app.get<{ Params: { '*': string } }>(
      `/${name}/*`,
      { config: { roles: 'public' }, schema: hidden },
      async (request, reply) => {
        if (!indexHtml || !csp) {
          return reply
            .code(404)
            .type('text/plain')
            .send(`The ${name} app is not built. Run \`npm run build:apps\` (or \`npm start\`).`);
        }
        const file = safeRelativePath(request.params['*']);
        if (file === null) return reply.callNotFound();
        if (file !== 'index.html' && isFile(join(root, file))) {
          const maxAge = hashedFile.test(file) ? 365 * 24 * 60 * 60 * 1000 : 0;
          return reply.sendFile(file, root, { maxAge, immutable: maxAge > 0 });
        }
        // A missing asset is a 404; any other path is a route inside the app.
        if (file && extname(file) !== '') return reply.callNotFound();
        return reply
          .header('content-security-policy', csp)
          .header('cache-control', 'no-cache')
          .type('text/html; charset=utf-8')
          .send(indexHtml);
      },
    );
  }
}

/** The request path as a path inside the app folder, or null if it tries to leave it. */
function safeRelativePath(requested: string): string | null {
  const path = normalize(requested.split('?')[0]).replace(/^([/\\])+/, '');
  if (path === '.' || path === '') return '';
  if (path.startsWith('..') || path.includes(`${sep}..`)) return null;
  return path;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
