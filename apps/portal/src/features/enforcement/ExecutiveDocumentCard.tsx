// The executive document of an enforcement application: what it orders, where it is enforced, who enforces
// it and what that means (CH1), and where it stands — with the call to bring the paper original to the
// Chamber while the Chamber waits for it (CH3).
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { DocumentStatusBadge, Notice, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';

export const ExecutiveDocumentCardFragment = graphql(`
  fragment ExecutiveDocumentCard_document on ExecutiveDocument {
    id
    court
    caseNumber
    issuedOn
    category
    amountTenge
    claimantName
    claimantIdNumber
    debtorName
    debtorIdNumber
    debtorAddress
    routing
    status
    originalReceivedAt
    district {
      id
      nameKk
      nameRu
      nameEn
      region {
        id
        nameKk
        nameRu
        nameEn
        chamber {
          id
          name
        }
      }
    }
  }
`);

/** CH3: the Chamber waits for the paper original; the claimant must bring it. */
export function OriginalNeededNotice({ document }: { document: FragmentOf<typeof ExecutiveDocumentCardFragment> }) {
  const data = readFragment(ExecutiveDocumentCardFragment, document);
  const { t } = useTranslation();
  if (data.status !== 'AWAITING_ORIGINAL') return null;
  const chamber = data.district.region.chamber?.name ?? t('app.executiveDocument.originalChamberUnknown');
  return (
    <div className="pt-original-needed">
      <Notice tone="warning" title={t('app.executiveDocument.originalTitle')}>
        <p>{t('app.executiveDocument.originalText', { chamber })}</p>
      </Notice>
    </div>
  );
}

export function ExecutiveDocumentCard({ document }: { document: FragmentOf<typeof ExecutiveDocumentCardFragment> }) {
  const data = readFragment(ExecutiveDocumentCardFragment, document);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const headingId = `document-${data.id}`;
  return (
    <section className="or-card pt-document" aria-labelledby={headingId}>
      <h2 className="or-card__title" id={headingId}>
        {t('app.executiveDocument.title')}
      </h2>
      <dl className="or-summary-list">
        <div>
          <dt>{t('app.executiveDocument.status')}</dt>
          <dd className="pt-document__status">
            <DocumentStatusBadge status={data.status} />
            <p className="pt-explain">{t(`app.documentStatusHint.${data.status}`)}</p>
          </dd>
        </div>
        <div>
          <dt>{t('app.executiveDocument.route')}</dt>
          <dd className="pt-document__route" data-routing={data.routing}>
            <strong>{label('documentRouting', data.routing)}</strong>
            <p className="pt-explain">{t(`app.routingHint.${data.routing}`)}</p>
          </dd>
        </div>
        {data.originalReceivedAt && (
          <div>
            <dt>{t('app.executiveDocument.originalReceivedAt')}</dt>
            <dd>
              <time dateTime={data.originalReceivedAt}>{format.dateTime(data.originalReceivedAt)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('app.executiveDocument.court')}</dt>
          <dd>{data.court}</dd>
        </div>
        <div>
          <dt>{t('app.executiveDocument.caseNumber')}</dt>
          <dd>{data.caseNumber}</dd>
        </div>
        <div>
          <dt>{t('app.executiveDocument.issuedOn')}</dt>
          <dd>
            <time dateTime={data.issuedOn}>{format.date(data.issuedOn)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('app.executiveDocument.category')}</dt>
          <dd>{label('documentCategory', data.category)}</dd>
        </div>
        {data.amountTenge != null && (
          <div>
            <dt>{t('app.executiveDocument.amount')}</dt>
            <dd>{format.money(data.amountTenge)}</dd>
          </div>
        )}
        <div>
          <dt>{t('app.executiveDocument.place')}</dt>
          <dd>
            {format.name(data.district.region)}, {format.name(data.district)}
          </dd>
        </div>
        <div>
          <dt>{t('app.executiveDocument.claimant')}</dt>
          <dd>
            {data.claimantName}
            <span className="pt-id-number">{data.claimantIdNumber}</span>
          </dd>
        </div>
        <div>
          <dt>{t('app.executiveDocument.debtor')}</dt>
          <dd>
            {data.debtorName}
            <span className="pt-id-number">{data.debtorIdNumber}</span>
            <span className="pt-address">{data.debtorAddress}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
