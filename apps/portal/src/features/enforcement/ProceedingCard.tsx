// Enforcement proceedings on the document: the bailiff's decision within 3 working days of registration (E4,
// with the deadline badge: the API says whether it is overdue), a refusal with its ground and reasons (E5, G1),
// and the enforcement measures taken since (E6).
import { graphql, readFragment, type FragmentOf, type ResultOf } from '@oryndau/client';
import { DataTable, DeadlineBadge, ProceedingStatusBadge, useEnumLabel, useFormat, useTranslation, type Column } from '@oryndau/ui';

export const ProceedingCardFragment = graphql(`
  fragment ProceedingCard_proceeding on EnforcementProceeding {
    id
    number
    status
    registeredAt
    decisionDueOn
    decisionOverdue
    decidedAt
    decidedLate
    refusalGround
    refusalReason
    bailiff {
      id
      name
    }
    measures {
      id
      kind
      description
      amountTenge
      takenOn
    }
  }
`);

type Measure = ResultOf<typeof ProceedingCardFragment>['measures'][number];

export function ProceedingCard({ proceeding }: { proceeding: FragmentOf<typeof ProceedingCardFragment> }) {
  const data = readFragment(ProceedingCardFragment, proceeding);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const headingId = `proceeding-${data.id}`;
  const columns: Column<Measure>[] = [
    {
      key: 'date',
      header: t('app.proceeding.measureDate'),
      render: (m) => (
        <time className="pt-nowrap" dateTime={m.takenOn}>
          {format.date(m.takenOn)}
        </time>
      ),
    },
    { key: 'kind', header: t('app.proceeding.measureKind'), rowHeader: true, render: (m) => <span data-kind={m.kind}>{label('measureKind', m.kind)}</span> },
    { key: 'description', header: t('app.proceeding.measureDescription'), render: (m) => m.description },
    {
      key: 'amount',
      header: t('app.proceeding.measureAmount'),
      align: 'end',
      render: (m) => <span className="pt-nowrap">{m.amountTenge != null ? format.money(m.amountTenge) : t('app.common.none')}</span>,
    },
  ];
  return (
    <section className="or-card pt-proceeding" aria-labelledby={headingId}>
      <h2 className="or-card__title" id={headingId}>
        {t('app.proceeding.title')}
      </h2>
      <dl className="or-summary-list">
        <div>
          <dt>{t('app.proceeding.number')}</dt>
          <dd>
            <strong>{data.number}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('app.proceeding.status')}</dt>
          <dd>
            <ProceedingStatusBadge status={data.status} />
            <p className="pt-explain">{t(`app.proceedingStatusHint.${data.status}`)}</p>
          </dd>
        </div>
        <div>
          <dt>{t('app.proceeding.enforcer')}</dt>
          <dd>{data.bailiff ? data.bailiff.name : t('app.proceeding.stateBailiff')}</dd>
        </div>
        <div>
          <dt>{t('app.proceeding.registeredAt')}</dt>
          <dd>
            <time dateTime={data.registeredAt}>{format.dateTime(data.registeredAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('app.proceeding.decisionDue')}</dt>
          <dd className="pt-proceeding__due">
            <DeadlineBadge due={data.decisionDueOn} overdue={data.decisionOverdue} done={data.decidedAt != null} />
            {data.decidedLate && <p className="pt-explain pt-explain--danger">{t('app.proceeding.decidedLate')}</p>}
          </dd>
        </div>
        {data.decidedAt && (
          <div>
            <dt>{t('app.proceeding.decidedAt')}</dt>
            <dd>
              <time dateTime={data.decidedAt}>{format.dateTime(data.decidedAt)}</time>
            </dd>
          </div>
        )}
        {data.refusalGround && (
          <div>
            <dt>{t('app.proceeding.refusalGround')}</dt>
            <dd className="pt-proceeding__ground" data-ground={data.refusalGround}>
              {label('proceedingRefusalGround', data.refusalGround)}
            </dd>
          </div>
        )}
        {data.refusalReason && (
          <div>
            <dt>{t('app.proceeding.refusalReason')}</dt>
            <dd className="pt-proceeding__reason">{data.refusalReason}</dd>
          </div>
        )}
      </dl>
      {(data.status !== 'AWAITING_DECISION' && data.status !== 'REFUSED') || data.measures.length > 0 ? (
        <div className="pt-proceeding__measures">
          <h3>{t('app.proceeding.measuresTitle')}</h3>
          <DataTable
            caption={t('app.proceeding.measuresCaption')}
            captionHidden
            columns={columns}
            rows={data.measures}
            rowKey={(m) => m.id}
            empty={t('app.proceeding.noMeasures')}
          />
        </div>
      ) : null}
    </section>
  );
}
