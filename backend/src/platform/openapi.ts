import swagger from '@fastify/swagger';
import fp from 'fastify-plugin';
import type { BeausApp } from './app-types.ts';

/**
 * OpenAPI 3 from the route schemas. Routes that are not public get the bearer requirement, so
 * the generated client and the document agree with what auth.ts enforces.
 */
export const openApiPlugin = fp(
  async (app: BeausApp) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Beaus Tolling BFF',
          description: 'The API behind the agent, supervisor, admin and customer apps.',
          version: '0.1.0',
        },
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
            deviceBasic: { type: 'http', scheme: 'basic' },
          },
        },
      },
      transform: ({ schema, url, route }) => {
        const roles = route.config?.roles;
        if (!schema || roles === 'public' || schema.hide) return { schema, url };
        if (roles === 'device')
          return { schema: { ...schema, security: [{ deviceBasic: [] }] }, url };
        const description = [schema.description, `Roles: ${roles?.join(', ')}.`]
          .filter(Boolean)
          .join('\n\n');
        return { schema: { ...schema, description, security: [{ bearerAuth: [] }] }, url };
      },
    });
  },
  { name: 'beaus-openapi' },
);
