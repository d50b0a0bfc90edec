import {
  mskIamTokenProvider,
  signWithDefaultCredentials,
  type MskIamToken,
} from './msk-iam-token.ts';

const minute = 60_000;

/** A signer that counts its calls and issues tokens valid for 15 minutes from `clock`. */
function fakeSigner(clock: { now: number }) {
  const calls: string[] = [];
  const sign = async (region: string): Promise<MskIamToken> => {
    calls.push(region);
    return { token: `token-${calls.length}`, expiryTime: clock.now + 15 * minute };
  };
  return { calls, sign };
}

describe('MSK IAM token provider', () => {
  it('signs once for connections that authenticate together, for the configured region', async () => {
    const clock = { now: 0 };
    const signer = fakeSigner(clock);
    const token = mskIamTokenProvider('eu-west-1', signer.sign, () => clock.now);
    expect(await Promise.all([token(), token(), token()])).toEqual([
      'token-1',
      'token-1',
      'token-1',
    ]);
    expect(signer.calls).toEqual(['eu-west-1']);
  });

  it('reuses a token until 5 minutes before it expires, then signs a new one', async () => {
    const clock = { now: 0 };
    const signer = fakeSigner(clock);
    const token = mskIamTokenProvider('eu-west-1', signer.sign, () => clock.now);
    await token();
    clock.now = 9 * minute;
    expect(await token()).toBe('token-1');
    clock.now = 10 * minute + 1;
    expect(await token()).toBe('token-2');
  });

  it('does not remember a failed signing: the next connection attempt signs again', async () => {
    let fail = true;
    const token = mskIamTokenProvider('eu-west-1', async () => {
      if (fail) throw new Error('no credentials yet');
      return { token: 'signed', expiryTime: Date.now() + 15 * minute };
    });
    await expect(token()).rejects.toThrow('no credentials yet');
    fail = false;
    expect(await token()).toBe('signed');
  });

  it('signs a kafka-cluster:Connect request with the default AWS credentials, offline', async () => {
    const saved = { ...process.env };
    // The default chain reads these first, so nothing is fetched from the network.
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIAIOSFODNN7EXAMPLE';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    delete process.env['AWS_PROFILE'];
    try {
      const { token, expiryTime } = await signWithDefaultCredentials('eu-west-1');
      const url = new URL(Buffer.from(token, 'base64url').toString());
      expect(url.host).toBe('kafka.eu-west-1.amazonaws.com');
      expect(url.searchParams.get('Action')).toBe('kafka-cluster:Connect');
      expect(url.searchParams.get('X-Amz-Credential')).toMatch(
        /^AKIAIOSFODNN7EXAMPLE\/\d{8}\/eu-west-1\/kafka-cluster\/aws4_request$/,
      );
      expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
      expect(expiryTime).toBeGreaterThan(Date.now());
    } finally {
      process.env = saved;
    }
  });
});
