// The signed documents of an application, a licence or a complaint (issue 9; complaints' decisions, G1, C4),
// imported from `@oryndau/ui/signed-documents` (not the index, so that no first route carries it):
// download the PDF (with the bearer token, as the API authorises it like the record it belongs to) and check the
// signature through the public verifyDocument.
import { useState } from 'react';
import { useClient } from 'urql';
import { API_URL, graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { useTranslation } from 'react-i18next';
import { useSession } from './session.tsx';
import { useEnumLabel } from './vocabulary/labels.ts';
import { useFormat } from './vocabulary/format.ts';

export const SignedDocumentsFragment = graphql(`
  fragment SignedDocuments_document on SignedDocument {
    id
    number
    kind
    title
    signedAt
    downloadPath
  }
`);

export const VerifyDocumentQuery = graphql(`
  query VerifyDocument($id: String, $payload: String) {
    verifyDocument(id: $id, payload: $payload) {
      valid
      problems
      documentId
      number
      kind
      title
      signedAt
      keyId
      lines {
        label
        value
      }
    }
  }
`);

export const apiBase = () => API_URL.replace(/\/graphql$/, '');

export function SignedDocuments({ documents }: { documents: readonly FragmentOf<typeof SignedDocumentsFragment>[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const { token } = useSession();
  const client = useClient();
  const [checks, setChecks] = useState<Record<string, { valid: boolean; problems: string[] }>>({});
  const docs = documents.map((d) => readFragment(SignedDocumentsFragment, d));
  if (!docs.length) return <p>{t('signedDocuments.none')}</p>;
  const download = async (id: string, number: string, path: string) => {
    const res = await fetch(`${apiBase()}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!res.ok) return;
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `${number}.pdf`;
    a.dataset.documentId = id;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const verify = async (id: string) => {
    const r = await client.query(VerifyDocumentQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (r.data) setChecks((c) => ({ ...c, [id]: { valid: r.data!.verifyDocument.valid, problems: [...r.data!.verifyDocument.problems] } }));
  };
  return (
    <ul className="or-documents">
      {docs.map((d) => (
        <li key={d.id} className="or-card" data-kind={d.kind}>
          <p>
            <strong>{label('signedDocumentKind', d.kind)}</strong> — {d.title} № {d.number} ({format.dateTime(d.signedAt as string)})
          </p>
          <p>
            <button type="button" className="or-button or-button--secondary" onClick={() => void download(d.id, d.number, d.downloadPath)}>
              {t('signedDocuments.download')}
            </button>{' '}
            <button type="button" className="or-button or-button--secondary" onClick={() => void verify(d.id)}>
              {t('signedDocuments.verify')}
            </button>
          </p>
          {checks[d.id] && (
            <p role="status" data-testid="verification">
              {checks[d.id]!.valid ? t('signedDocuments.valid') : `${t('signedDocuments.invalid')}: ${checks[d.id]!.problems.map((p) => label('documentProblem', p as never)).join(', ')}`}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
