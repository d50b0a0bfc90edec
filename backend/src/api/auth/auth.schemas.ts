import Type from 'typebox';
const Role = Type.Union(
  [
    Type.Literal('customer'),
    Type.Literal('agent'),
    Type.Literal('supervisor'),
    Type.Literal('admin'),
  ],
  { title: 'Role' },
);

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 128 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export const SignedInUser = Type.Object(
  {
    id: Type.String({ description: 'The token subject' }),
    username: Type.String(),
    displayName: Type.String(),
    roles: Type.Array(Role),
    accountId: Type.Union([Type.Integer(), Type.Null()], {
      description: "A customer's own account; null for staff",
    }),
  },
  { title: 'SignedInUser' },
);

export const LoginResponse = Type.Object(
  {
    accessToken: Type.String(),
    tokenType: Type.Literal('Bearer'),
    expiresIn: Type.Integer({ description: 'Seconds until the token expires' }),
    user: SignedInUser,
  },
  { title: 'LoginResponse' },
);

export const AuthClientConfig = Type.Object(
  {
    identityProvider: Type.Union([Type.Literal('local'), Type.Literal('cognito')]),
    cognito: Type.Union([
      Type.Object({ userPoolId: Type.String(), clientId: Type.String(), region: Type.String() }),
      Type.Null(),
    ]),
    environmentName: Type.String(),
  },
  { title: 'AuthClientConfig' },
);

const Jwk = Type.Object(
  {
    kty: Type.String(),
    kid: Type.Optional(Type.String()),
    alg: Type.Optional(Type.String()),
    use: Type.Optional(Type.String()),
    crv: Type.Optional(Type.String()),
    x: Type.Optional(Type.String()),
    y: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const JwksResponse = Type.Object({ keys: Type.Array(Jwk) }, { title: 'JsonWebKeySet' });
