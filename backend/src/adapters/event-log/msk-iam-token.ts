/** A signed MSK IAM token and when it stops being accepted (ms since the epoch). */
export interface MskIamToken {
  token: string;
  expiryTime: number;
}

export type MskIamSigner = (region: string) => Promise<MskIamToken>;

/**
 * Signs with the AWS default credential chain (on EKS: the pod's IAM role). The signer and the
 * AWS SDK behind it load on first use, so the embedded posture never loads them.
 */
export const signWithDefaultCredentials: MskIamSigner = async (region) => {
  const { generateAuthToken } = await import('aws-msk-iam-sasl-signer-js');
  return generateAuthToken({ region });
};

/** A token this close to expiry is replaced: a session started with it would end too soon. */
const RENEW_BEFORE_EXPIRY_MS = 5 * 60_000;

/**
 * The OAUTHBEARER token provider for Amazon MSK IAM. Tokens last 15 minutes; one is shared by
 * every connection until it nears expiry, and connections opening together wait for one
 * signing rather than each resolving credentials. A failed signing is not remembered.
 */
export function mskIamTokenProvider(
  region: string,
  sign: MskIamSigner = signWithDefaultCredentials,
  now: () => number = Date.now,
): () => Promise<string> {
  let current: MskIamToken | null = null;
  let signing: Promise<MskIamToken> | null = null;
  return async () => {
    if (current && current.expiryTime - now() > RENEW_BEFORE_EXPIRY_MS) return current.token;
    signing ??= sign(region).finally(() => {
      signing = null;
    });
    current = await signing;
    return current.token;
  };
}
