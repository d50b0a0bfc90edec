import { newUserProblems } from './create-user-form.component';

describe('newUserProblems', () => {
  const valid = {
    username: 'nia.agent',
    displayName: 'Nia',
    roles: ['agent' as const],
    password: 'twelve-chars',
  };

  it('accepts a complete staff user', () => {
    expect(newUserProblems(valid)).toEqual({});
  });

  it('names each field that is wrong', () => {
    expect(
      newUserProblems({ username: 'N', displayName: ' ', roles: [], password: 'short' }),
    ).toEqual({
      username: 'admin.users.usernameInvalid',
      displayName: 'admin.users.nameRequired',
      roles: 'admin.users.roleRequired',
      password: 'admin.users.passwordShort',
    });
  });
});
