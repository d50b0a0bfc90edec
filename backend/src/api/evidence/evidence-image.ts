import Type from 'typebox';
import type { FastifyReply } from 'fastify';
import type { ObjectStore } from '../../adapters/object-store/object-store.ts';
import { notFound } from '../../platform/errors.ts';

/** The response schema of a route that serves one evidence image (the body is the image). */
export const EvidenceImage = Type.Unsafe<Buffer>({
  type: 'string',
  format: 'binary',
  description: 'The image',
});

/**
 * Sends a trip's evidence image from the object store. Callers resolve `key` from the trip
 * they are allowed to see, never from the request, so no route reads arbitrary objects.
 * A key whose object is gone (retention ended, or demo data without images) is a 404.
 */
export async function sendEvidenceImage(
  objectStore: ObjectStore,
  reply: FastifyReply,
  key: string,
): Promise<FastifyReply> {
  const image = await objectStore.get(key);
  if (!image) throw notFound('The image is not in the evidence store.');
  // Personal data: never kept by a shared cache or the browser's disk cache.
  return reply
    .header('cache-control', 'private, no-store')
    .type(image.contentType)
    .send(image.body);
}
