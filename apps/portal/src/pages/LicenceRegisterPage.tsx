// Licence area (issue 9): the public register of licences — number, holder's name, status, dates; never the IIN.
// Anyone may search it without signing in (a claimant checking a bailiff).
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Field, Form, LicenceStatusBadge, Loading, PageHeader, TextInput, useFormat, useTranslation } from '@oryndau/ui';

export const LicenceRegisterQuery = graphql(`
  query PortalLicenceRegister($filter: LicenceRegisterFilter) {
    licenceRegister(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          id
          number
          holderName
          status
          issuedAt
          suspendedAt
          revokedAt
        }
      }
    }
  }
`);

export function LicenceRegisterPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [result, refetch] = useQuery({ query: LicenceRegisterQuery, variables: { filter: search ? { search } : null } });
  return (
    <>
      <PageHeader title={t('app.licence.registerPage.title')} lead={t('app.licence.registerPage.lead')} />
      <Form onSubmit={() => setSearch(text.trim())} submitLabel={t('app.licence.registerPage.submit')} aria-label={t('app.licence.registerPage.title')}>
        <Field name="search" label={t('app.licence.registerPage.search')}>
          <TextInput value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
      </Form>
      {result.error && <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {!result.data ? (
        <Loading />
      ) : result.data.licenceRegister.edges.length === 0 ? (
        <p>{t('app.licence.registerPage.none')}</p>
      ) : (
        <table className="or-table">
          <thead>
            <tr>
              <th scope="col">{t('app.licence.registerPage.number')}</th>
              <th scope="col">{t('app.licence.registerPage.holder')}</th>
              <th scope="col">{t('app.licence.registerPage.status')}</th>
              <th scope="col">{t('app.licence.registerPage.issuedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {result.data.licenceRegister.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.number}</td>
                <td>{node.holderName}</td>
                <td>
                  <LicenceStatusBadge status={node.status} />
                </td>
                <td>{format.date(node.issuedAt as string)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
