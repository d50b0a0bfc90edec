import type { BeausApp } from '../platform/app-types.ts';
import { adminRoutes } from './admin/admin.routes.ts';
import { agentAccountRoutes } from './agent/account/account.routes.ts';
import { agentRoutes } from './agent/agent.routes.ts';
import { agentReviewRoutes } from './agent/review/review.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { customerRoutes } from './customer/customer.routes.ts';
import { healthRoutes } from './health/health.routes.ts';
import { supervisorRoutes } from './supervisor/supervisor.routes.ts';

/** Every API route, each app area under its own prefix; mounted at /api by buildApp. */
export async function apiRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/openapi.json',
    {
      config: { roles: 'public' },
      schema: { hide: true, tags: ['meta'], operationId: 'getOpenApiDocument' },
    },
    async () => app.swagger(),
  );
  await app.register(healthRoutes);
  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(agentRoutes, { prefix: '/agent' });
  await app.register(agentAccountRoutes, { prefix: '/agent' });
  await app.register(agentReviewRoutes, { prefix: '/agent' });
  await app.register(supervisorRoutes, { prefix: '/supervisor' });
  await app.register(adminRoutes, { prefix: '/admin' });
  await app.register(customerRoutes, { prefix: '/customer' });
}
