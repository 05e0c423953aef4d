// Licence area (issue 9): the public check a document's QR code leads to (/verify/<id>?h=<hash>): anyone, without
// signing in, sees whether the document is authentic and unchanged, and what it says (an IIN half hidden).
import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice, Field, Form, Loading, PageHeader, TextInput, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { VerifyDocumentQuery } from '@oryndau/ui/signed-documents';

export function VerifyDocumentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [text, setText] = useState(id);
  const [asked, setAsked] = useState(id ? `${id}${typeof window !== 'undefined' ? window.location.search : ''}` : '');
  const [result] = useQuery({ query: VerifyDocumentQuery, variables: { payload: asked }, pause: !asked, requestPolicy: 'network-only' });
  const v = result.data?.verifyDocument;
  return (
    <>
      <PageHeader title={t('app.licence.verify.title')} lead={t('app.licence.verify.lead')} />
      <Form onSubmit={() => setAsked(text.trim())} submitLabel={t('app.licence.verify.submit')} aria-label={t('app.licence.verify.title')}>
        <Field name="payload" label={t('app.licence.verify.id')}>
          <TextInput value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
      </Form>
      {result.error && <ErrorNotice error={result.error} />}
      {asked && result.fetching && <Loading />}
      {v && (
        <section className="or-card" aria-labelledby="verification" data-testid="verification-result">
          <h2 className="or-card__title" id="verification">
            {v.valid ? t('signedDocuments.valid') : `${t('signedDocuments.invalid')}: ${v.problems.map((p) => label('documentProblem', p)).join(', ')}`}
          </h2>
          {v.number && (
            <dl className="or-summary-list">
              <div>
                <dt>{t('app.licence.verify.number')}</dt>
                <dd>
                  {v.title} № {v.number}
                </dd>
              </div>
              <div>
                <dt>{t('app.licence.verify.signedAt')}</dt>
                <dd>{v.signedAt ? format.dateTime(v.signedAt as string) : '—'}</dd>
              </div>
              <div>
                <dt>{t('app.licence.verify.key')}</dt>
                <dd>Ed25519 · {v.keyId}</dd>
              </div>
              {v.lines.map((l) => (
                <div key={l.label}>
                  <dt>{l.label}</dt>
                  <dd>{l.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      )}
    </>
  );
}
