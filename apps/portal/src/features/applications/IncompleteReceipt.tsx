// E3: the receipt of refusal to accept the documents (Annex 4 to Appendix 3 of Order No. 69), listing the
// missing documents. It is made in two copies (one for the applicant, one kept by the provider): on paper the
// receipt prints twice, each copy labelled; on screen it shows once with a print button.
import { useEffect } from 'react';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '@oryndau/client';
import { useEnumLabel, useFormat, useTranslation, type EnforcementDocumentKind } from '@oryndau/ui';

export const IncompleteReceiptFragment = graphql(`
  fragment IncompleteReceipt_application on ServiceApplication {
    id
    number
    receivedAt
    decidedAt
    createdAt
    missingDocuments
    refusalGrounds
    refusalReason
    form
    applicant {
      id
      displayName
    }
  }
`);

/** The claimant as written in the submitted form (name and IIN/BIN), when the form has one. */
function claimantOf(form: unknown): { name: string; idNumber: string | null } | null {
  if (typeof form !== 'object' || form === null) return null;
  const claimant = (form as { claimant?: unknown }).claimant;
  if (typeof claimant !== 'object' || claimant === null) return null;
  const { name, idNumber } = claimant as { name?: unknown; idNumber?: unknown };
  return typeof name === 'string' && name.trim() ? { name, idNumber: typeof idNumber === 'string' ? idNumber : null } : null;
}

const PRINT_CLASS = 'pt-printing-receipt';

function ReceiptCopy({ data, copy }: { data: ResultOf<typeof IncompleteReceiptFragment>; copy: 1 | 2 }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const claimant = claimantOf(data.form);
  const when = data.decidedAt ?? data.receivedAt ?? data.createdAt;
  const grounds = data.refusalGrounds.map((g) => t(`app.refusalGround.${g}`, { defaultValue: t(`enum.proceedingRefusalGround.${g}`, { defaultValue: g }) }));
  const headingId = `receipt-${copy}-${data.id}`;
  return (
    <section className={copy === 1 ? 'pt-receipt__copy' : 'pt-receipt__copy pt-print-only'} aria-labelledby={headingId} aria-hidden={copy === 2 ? true : undefined}>
      <p className="pt-receipt__annex">{t('app.receipt.annex')}</p>
      <h2 className="pt-receipt__title" id={headingId}>
        {t('app.receipt.title')}
      </h2>
      <p className="pt-receipt__copy-label pt-print-only">
        {t('app.receipt.copy', { n: copy, whom: t(copy === 1 ? 'app.receipt.forApplicant' : 'app.receipt.forProvider') })}
      </p>
      <p>{t('app.receipt.intro')}</p>
      <dl className="or-summary-list pt-receipt__facts">
        <div>
          <dt>{t('app.receipt.number')}</dt>
          <dd>
            <strong>{data.number}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('app.receipt.applicant')}</dt>
          <dd>{claimant ? `${claimant.name}${claimant.idNumber ? `, ${claimant.idNumber}` : ''}` : (data.applicant?.displayName ?? '')}</dd>
        </div>
        <div>
          <dt>{t('app.receipt.date')}</dt>
          <dd>
            <time dateTime={when}>{format.dateTime(when)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('app.receipt.ground')}</dt>
          <dd>{grounds.length > 0 ? grounds.join('; ') : (data.refusalReason ?? t('app.refusalGround.INCOMPLETE_PACKAGE'))}</dd>
        </div>
      </dl>
      <h3 className="pt-receipt__missing-title">{t('app.receipt.missing')}</h3>
      <ol className="pt-receipt__missing">
        {data.missingDocuments.map((kind) => (
          <li key={kind} data-document={kind}>
            {label('enforcementDocumentKind', kind as EnforcementDocumentKind)}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function IncompleteReceipt({ application }: { application: FragmentOf<typeof IncompleteReceiptFragment> }) {
  const data = readFragment(IncompleteReceiptFragment, application);
  const { t } = useTranslation();

  // Printing shows the receipt alone (both copies), not the page around it.
  useEffect(() => {
    const after = () => document.body.classList.remove(PRINT_CLASS);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('afterprint', after);
      after();
    };
  }, []);
  const print = () => {
    document.body.classList.add(PRINT_CLASS);
    window.print();
  };

  return (
    <div className="pt-receipt" data-testid="incomplete-receipt">
      <ReceiptCopy data={data} copy={1} />
      <ReceiptCopy data={data} copy={2} />
      <div className="pt-receipt__footer pt-no-print">
        <p className="pt-receipt__copies">{t('app.receipt.copies')}</p>
        <p>{t('app.receipt.again')}</p>
        <button type="button" className="or-button or-button--secondary" onClick={print}>
          {t('app.receipt.print')}
        </button>
      </div>
    </div>
  );
}
