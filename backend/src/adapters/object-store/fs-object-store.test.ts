import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsObjectStore } from './fs-object-store.ts';
import { describeObjectStoreContract } from './object-store.contract.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

describeObjectStoreContract('local folder', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'beaus-objects-'));
  folders.push(folder);
  return createFsObjectStore(folder);
});

it('keeps objects across reopening the same folder', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'beaus-objects-'));
  folders.push(folder);
  await (
    await createFsObjectStore(folder)
  ).put('evidence/e.jpg', 'jpeg', { contentType: 'image/jpeg' });
  const reopened = await createFsObjectStore(folder);
  expect(await reopened.get('evidence/e.jpg')).toMatchObject({ contentType: 'image/jpeg' });
});
