// Sign-in. In dev mode the API lists its seeded demo users and `devLogin` issues a token for one of
// them; elsewhere the list is empty and the screen says that sign-in is not connected here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql, readFragment, type FragmentOf, type UserErrorLike } from '@oryndau/client';
import { ErrorNotice, Loading, Notice } from './feedback.tsx';
import { Field, Form, TextInput, UserErrorFragment } from './form.tsx';
import { useRoleLabel } from './roles.ts';
import { useSession } from './session.tsx';
import { useAppInfo, usePageTitle } from './app-info.tsx';

/** From this many demo users on, the list gets a search box. */
const FILTER_FROM = 8;

export const DemoUserFragment = graphql(`
  fragment LoginScreen_demoUser on DemoUser {
    login
    displayName
    roles
  }
`);

export const DemoUsersQuery = graphql(
  `
    query OryndauDemoUsers {
      demoUsers { ...LoginScreen_demoUser }
    }
  `,
  [DemoUserFragment],
);

export const DevLoginMutation = graphql(
  `
    mutation OryndauDevLogin($input: DevLoginInput!) {
      devLogin(input: $input) {
        token
        userErrors { ...UserErrorFields }
      }
    }
  `,
  [UserErrorFragment],
);

function DemoUserButton({
  user,
  disabled,
  onSelect,
}: {
  user: FragmentOf<typeof DemoUserFragment>;
  disabled: boolean;
  onSelect: (login: string) => void;
}) {
  const data = readFragment(DemoUserFragment, user);
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <button
      type="button"
      className="or-demo-user"
      data-login={data.login}
      title={t('login.signInAs', { name: data.displayName })}
      disabled={disabled}
      onClick={() => onSelect(data.login)}
    >
      <span className="or-demo-user__name">{data.displayName}</span>
      <span className="or-demo-user__login">{data.login}</span>
      <span className="or-demo-user__roles">{data.roles.map(roleLabel).join(', ')}</span>
    </button>
  );
}

export function LoginScreen() {
  const { t } = useTranslation();
  const { roles, signIn } = useSession();
  const { appName } = useAppInfo();
  usePageTitle(t('login.title'));
  const [demo, refetchDemo] = useQuery({ query: DemoUsersQuery, requestPolicy: 'network-only' });
  const [login, setLogin] = useState('');
  // The user errors of the last attempt, shown where it was made (the list or the form).
  const [failure, setFailure] = useState<{ from: 'list' | 'form'; errors: readonly UserErrorLike[] } | null>(null);
  const [signing, devLogin] = useMutation(DevLoginMutation);

  const signInAs = async (value: string, from: 'list' | 'form') => {
    setFailure(null);
    const result = await devLogin({ input: { login: value } });
    const payload = result.data?.devLogin;
    if (payload?.token) signIn(payload.token);
    else if (payload) setFailure({ from, errors: payload.userErrors });
  };

  const [query, setQuery] = useState('');
  const users = (demo.data?.demoUsers ?? []).filter((u) =>
    readFragment(DemoUserFragment, u).roles.some((role) => roles.includes(role)),
  );
  const needle = query.trim().toLocaleLowerCase();
  const shown = needle
    ? users.filter((u) => {
        const data = readFragment(DemoUserFragment, u);
        return data.login.toLocaleLowerCase().includes(needle) || data.displayName.toLocaleLowerCase().includes(needle);
      })
    : users;
  // a production API has no dev sign-in at all: demoUsers is not in its schema (a validation error, not a failure)
  const noDevSignIn = !!demo.error?.graphQLErrors.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
  const devMode = !noDevSignIn && (demo.data?.demoUsers.length ?? 0) > 0;

  return (
    <div className="or-login">
      <h1>{t('login.title')}</h1>
      <p className="or-lead">{t('login.intro', { app: appName })}</p>
      {demo.fetching && !demo.data ? (
        <Loading />
      ) : demo.error && !demo.data && !noDevSignIn ? (
        <ErrorNotice error={demo.error} onRetry={() => refetchDemo()} />
      ) : !devMode ? (
        <Notice title={t('login.unavailableTitle')}>
          <p>{t('login.unavailable')}</p>
        </Notice>
      ) : (
        <>
          <section className="or-card" aria-labelledby="demo-users-title">
            <h2 className="or-card__title" id="demo-users-title">
              {t('login.demoTitle')}
            </h2>
            <p>{t('login.demoIntro')}</p>
            {failure?.from === 'list' && (
              <Notice tone="error">
                {failure.errors.map((e, i) => (
                  <p key={i}>{e.message}</p>
                ))}
              </Notice>
            )}
            {signing.error && <ErrorNotice error={signing.error} />}
            {users.length > FILTER_FROM && (
              <div className="or-field">
                <label className="or-field__label" htmlFor="demo-user-filter">
                  {t('login.filterLabel')}
                </label>
                <input
                  id="demo-user-filter"
                  type="search"
                  className="or-input"
                  value={query}
                  onChange={(e) => setQuery(e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
              </div>
            )}
            {users.length === 0 ? (
              <p className="or-muted">{t('login.noDemoUsers')}</p>
            ) : shown.length === 0 ? (
              <p className="or-muted" role="status">
                {t('login.noMatches', { query: query.trim() })}
              </p>
            ) : (
              <ul className="or-demo-users">
                {shown.map((user) => {
                  const key = readFragment(DemoUserFragment, user).login;
                  return (
                    <li key={key}>
                      <DemoUserButton user={user} disabled={signing.fetching} onSelect={(value) => void signInAs(value, 'list')} />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          <section className="or-card" aria-labelledby="demo-login-title">
            <h2 className="or-card__title" id="demo-login-title">
              {t('login.manualTitle')}
            </h2>
            <Form
              aria-labelledby="demo-login-title"
              onSubmit={() => signInAs(login, 'form')}
              userErrors={failure?.from === 'form' ? failure.errors : null}
              submitLabel={t('login.submit')}
              submitting={signing.fetching}
            >
              <Field name="login" label={t('login.loginLabel')} hint={t('login.loginHint')}>
                <TextInput value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="username" spellCheck={false} required />
              </Field>
            </Form>
          </section>
        </>
      )}
    </div>
  );
}
