// "Apply to initiate enforcement proceedings" (Annex 2, and Annex 3 when the writ is asked for, of Appendix 3
// to Order No. 69; rule E2): claimant, debtor, executive document with its place of enforcement, the two
// requests and the documents of the package. The API validates and decides; its user errors show at their
// fields. A package the API refuses at acceptance (E3) shows the receipt of Annex 4 here, and the form keeps
// what was entered so the applicant can add the missing documents and apply again (G1 p.3); an accepted one
// opens the application's page.
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type FragmentOf, type UserErrorLike } from '@oryndau/client';
import {
  CLAIM_CATEGORIES,
  ErrorNotice,
  Field,
  Form,
  LANGUAGE_TAGS,
  Link,
  Loading,
  Notice,
  PageHeader,
  Select,
  TextInput,
  UserErrorFragment,
  almatyDate,
  groupUserErrors,
  localizedName,
  parseTengeAmount,
  useFormat,
  useNavigate,
  useEnumLabel,
  useTranslation,
  useUserErrors,
  useViewer,
  useIdempotencyKey,
  type ClaimCategory,
  type EnforcementDocumentKind,
} from '@oryndau/ui';
import { missingDocuments } from '@oryndau/domain';
import { Checkbox, Fieldset, RadioGroup } from '../components/choices.tsx';
import { IncompleteReceipt, IncompleteReceiptFragment } from '../features/applications/IncompleteReceipt.tsx';
import { applicationPath } from '../paths.ts';

export const RegionsQuery = graphql(`
  query PortalRegions {
    regions {
      id
      kind
      nameKk
      nameRu
      nameEn
      districts {
        id
        nameKk
        nameRu
        nameEn
      }
    }
  }
`);

export const SubmitEnforcementApplicationMutation = graphql(
  `
    mutation PortalSubmitEnforcementApplication($input: SubmitEnforcementApplicationInput!) {
      submitEnforcementApplication(input: $input) {
        accepted
        userErrors {
          ...UserErrorFields
        }
        application {
          id
          number
          status
          ...IncompleteReceipt_application
        }
      }
    }
  `,
  [UserErrorFragment, IncompleteReceiptFragment],
);

/** The documents a claimant can enclose on the portal (the form itself is Annex 2; the EDS identifies them). */
const PORTAL_DOCUMENTS: readonly EnforcementDocumentKind[] = ['EXECUTIVE_DOCUMENT', 'WRIT_REQUEST', 'POWER_OF_ATTORNEY'];

/**
 * E2 as the API applies it (@oryndau/domain, `missingDocuments`), on the portal: the documents still missing
 * from what is ticked. Only a hint for the applicant: the API decides, and refuses an incomplete package at
 * acceptance with the receipt (E3).
 */
function missingOnPortal(documents: readonly EnforcementDocumentKind[], requestsWrit: boolean, byRepresentative: boolean): EnforcementDocumentKind[] {
  return missingDocuments({ channel: 'PORTAL', documents, requestsWrit, byRepresentative });
}

interface FormState {
  claimant: { name: string; idNumber: string; address: string; phone: string; email: string };
  debtor: { name: string; idNumber: string; address: string };
  court: string;
  caseNumber: string;
  issuedOn: string;
  category: ClaimCategory | null;
  amount: string;
  regionId: string;
  districtId: string;
  requestsWrit: boolean;
  byRepresentative: boolean;
  documents: EnforcementDocumentKind[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fields in the order of the form, for the error summary. */
const FIELD_ORDER = [
  'claimant.name',
  'claimant.idNumber',
  'debtor.name',
  'debtor.idNumber',
  'debtor.address',
  'executiveDocument.court',
  'executiveDocument.caseNumber',
  'executiveDocument.issuedOn',
  'executiveDocument.category',
  'executiveDocument.amountTenge',
  'executiveDocument.districtId',
];


const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

type Refused = { id: string; number: string } & FragmentOf<typeof IncompleteReceiptFragment>;

export function ApplyEnforcementPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const format = useFormat();
  const label = useEnumLabel();
  const [regions] = useQuery({ query: RegionsQuery, requestPolicy: 'cache-first' });
  const [submission, submit] = useMutation(SubmitEnforcementApplicationMutation);
  // one key per application: sending the form again (a lost response, a double click) files it once
  const idempotency = useIdempotencyKey();
  const [state, setState] = useState<FormState>(() => ({
    // The account knows only the display name; the claimant's IIN/BIN and contacts are entered here.
    claimant: { name: viewer.displayName, idNumber: '', address: '', phone: '', email: '' },
    debtor: { name: '', idNumber: '', address: '' },
    court: '',
    caseNumber: '',
    issuedOn: '',
    category: null,
    amount: '',
    regionId: '',
    districtId: '',
    requestsWrit: false,
    byRepresentative: false,
    documents: [],
  }));
  // Errors found before sending (values the API cannot even receive), by translation key; and the API's.
  const [localErrors, setLocalErrors] = useState<{ path: string[]; key: string }[]>([]);
  const [apiErrors, setApiErrors] = useState<readonly UserErrorLike[]>([]);
  const [refused, setRefused] = useState<Refused | null>(null);
  const receiptRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refused) receiptRef.current?.focus();
  }, [refused]);

  const fieldLabel = (name: string): string | null => {
    const [group, field] = name.split('.');
    const title =
      group === 'claimant' ? t('app.apply.claimantTitle') : group === 'debtor' ? t('app.apply.debtorTitle') : group === 'executiveDocument' ? t('app.apply.documentTitle') : null;
    const keys: Record<string, string> = {
      name: 'app.apply.name',
      idNumber: 'app.apply.idNumber',
      address: group === 'debtor' ? 'app.apply.debtorAddress' : 'app.apply.address',
      phone: 'app.apply.phone',
      email: 'app.apply.email',
      court: 'app.apply.court',
      caseNumber: 'app.apply.caseNumber',
      issuedOn: 'app.apply.issuedOn',
      category: 'app.apply.category',
      amountTenge: 'app.apply.amount',
      districtId: 'app.apply.district',
    };
    const key = field ? keys[field] : undefined;
    if (!key) return null;
    return title ? `${title}: ${t(key)}` : t(key);
  };
  // Translated on every render, so that switching the language re-words the errors too.
  const localize = useUserErrors(fieldLabel);
  const userErrors =
    localize([...localErrors.map((e): UserErrorLike => ({ code: 'INVALID_INPUT', field: ['input', ...e.path], message: e.key, key: e.key })), ...apiErrors]) ?? [];
  const errorsAt = (name: string) => (groupUserErrors(userErrors).get(name) ?? []).map((e) => e.message);

  const regionList = useMemo(() => regions.data?.regions ?? [], [regions.data]);
  const regionOptions = useMemo(() => {
    const collator = new Intl.Collator(LANGUAGE_TAGS[format.language]);
    // The three cities of republican significance first, then the regions, each in alphabetical order.
    return [...regionList]
      .sort((a, b) => (a.kind === b.kind ? collator.compare(localizedName(a, format.language), localizedName(b, format.language)) : a.kind === 'CITY' ? -1 : 1))
      .map((r) => ({ value: r.id, label: localizedName(r, format.language) }));
  }, [regionList, format.language]);
  const districtOptions = useMemo(() => {
    const region = regionList.find((r) => r.id === state.regionId);
    const collator = new Intl.Collator(LANGUAGE_TAGS[format.language]);
    return (region?.districts ?? [])
      .map((d) => ({ value: d.id, label: localizedName(d, format.language) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [regionList, state.regionId, format.language]);

  const text =
    <G extends 'claimant' | 'debtor'>(group: G, field: keyof FormState[G]) =>
    (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.target.value;
      setState((s) => ({ ...s, [group]: { ...s[group], [field]: value } }));
    };
  const docText = (field: 'court' | 'caseNumber' | 'issuedOn' | 'amount') => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setState((s) => ({ ...s, [field]: value }));
  };
  const toggleDocument = (kind: EnforcementDocumentKind, checked: boolean) =>
    setState((s) => ({ ...s, documents: checked ? [...s.documents.filter((d) => d !== kind), kind] : s.documents.filter((d) => d !== kind) }));

  // What the package needs at all (missing from an empty one), and what it still lacks.
  const required = missingOnPortal([], state.requestsWrit, state.byRepresentative);
  const missing = missingOnPortal(state.documents, state.requestsWrit, state.byRepresentative);

  const onSubmit = async () => {
    setRefused(null);
    // Values the API cannot even receive (its Date, enum and ID types): the form names them itself.
    const unsendable: { path: string[]; key: string }[] = [];
    if (!ISO_DATE.test(state.issuedOn)) unsendable.push({ path: ['executiveDocument', 'issuedOn'], key: 'input.dateFormat' });
    if (!state.category) unsendable.push({ path: ['executiveDocument', 'category'], key: 'input.choose' });
    if (!state.districtId) unsendable.push({ path: ['executiveDocument', 'districtId'], key: 'input.choose' });
    // As the form cannot go yet, it also names the empty required fields, so that one round shows everything;
    // every other rule (IIN/BIN control digit, dates, amounts) is the API's, on the next attempt.
    const empty: { path: string[]; key: string }[] = [];
    if (unsendable.length > 0) {
      const required: [string[], string][] = [
        [['claimant', 'name'], state.claimant.name],
        [['claimant', 'idNumber'], state.claimant.idNumber],
        [['debtor', 'name'], state.debtor.name],
        [['debtor', 'idNumber'], state.debtor.idNumber],
        [['debtor', 'address'], state.debtor.address],
        [['executiveDocument', 'court'], state.court],
        [['executiveDocument', 'caseNumber'], state.caseNumber],
        ...(state.category === 'NON_PROPERTY' ? [] : ([[['executiveDocument', 'amountTenge'], state.amount]] as [string[], string][])),
      ];
      for (const [path, value] of required) if (!value.trim()) empty.push({ path, key: 'input.required' });
    }
    const local = [...empty, ...unsendable];
    local.sort((a, b) => FIELD_ORDER.indexOf(a.path.join('.')) - FIELD_ORDER.indexOf(b.path.join('.')));
    setLocalErrors(local);
    setApiErrors([]);
    if (local.length > 0 || !state.category) return;
    const amount = state.category === 'NON_PROPERTY' ? null : parseTengeAmount(state.amount);
    const result = await submit({
      input: {
        claimant: {
          name: state.claimant.name.trim(),
          idNumber: state.claimant.idNumber.trim(),
          address: blankToNull(state.claimant.address),
          phone: blankToNull(state.claimant.phone),
          email: blankToNull(state.claimant.email),
        },
        debtor: { name: state.debtor.name.trim(), idNumber: state.debtor.idNumber.trim(), address: state.debtor.address.trim() },
        executiveDocument: {
          court: state.court.trim(),
          caseNumber: state.caseNumber.trim(),
          issuedOn: state.issuedOn,
          category: state.category,
          amountTenge: amount,
          districtId: state.districtId,
        },
        requestsWrit: state.requestsWrit,
        byRepresentative: state.byRepresentative,
        documents: PORTAL_DOCUMENTS.filter((kind) => state.documents.includes(kind)),
        idempotencyKey: idempotency.key,
      },
    });
    const payload = result.data?.submitEnforcementApplication;
    if (!payload) return; // a transport or server error: the form shows it
    if (payload.userErrors.length > 0) {
      setApiErrors(payload.userErrors);
      return;
    }
    const application = payload.application;
    if (!application) return;
    idempotency.renew(); // stored (filed or refused at acceptance): the next submission is a new one
    if (payload.accepted) navigate(applicationPath(application.id));
    else setRefused(application);
  };

  if (!regions.data) {
    return (
      <>
        <PageHeader title={t('app.apply.title')} lead={t('app.apply.lead')} />
        {regions.error ? <ErrorNotice error={regions.error} /> : <Loading />}
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('app.apply.title')} lead={t('app.apply.lead')} />
      {refused && (
        <div className="pt-refused" ref={receiptRef} tabIndex={-1} role="alert" aria-labelledby="apply-refused">
          <Notice tone="error" title={<span id="apply-refused">{t('app.apply.refusedTitle')}</span>}>
            <p>{t('app.apply.refusedText')}</p>
            <p className="pt-no-print">
              <Link to={applicationPath(refused.id)}>{t('app.apply.openRecord', { number: refused.number })}</Link>
            </p>
          </Notice>
          <IncompleteReceipt application={refused} />
        </div>
      )}
      <Form
        className="pt-apply-form"
        aria-labelledby="apply-form-title"
        onSubmit={onSubmit}
        userErrors={userErrors}
        error={submission.error}
        submitLabel={t('app.apply.submit')}
        submitting={submission.fetching}
      >
        <h2 className="or-visually-hidden" id="apply-form-title">
          {t('app.apply.title')}
        </h2>
        <Fieldset legend={t('app.apply.claimantTitle')} lead={t('app.apply.claimantLead')}>
          <p className="pt-explain pt-fieldset__note">{state.byRepresentative ? t('app.apply.claimantRepresented') : t('app.apply.claimantPrefilled')}</p>
          <Field name="claimant.name" label={t('app.apply.name')}>
            <TextInput value={state.claimant.name} onChange={text('claimant', 'name')} autoComplete="name" />
          </Field>
          <Field name="claimant.idNumber" label={t('app.apply.idNumber')} hint={t('app.apply.idNumberHint')}>
            <TextInput value={state.claimant.idNumber} onChange={text('claimant', 'idNumber')} inputMode="numeric" maxLength={12} autoComplete="off" className="pt-input-id" />
          </Field>
          <Field name="claimant.address" label={t('app.apply.address')} optional>
            <TextInput value={state.claimant.address} onChange={text('claimant', 'address')} autoComplete="street-address" />
          </Field>
          <div className="pt-row">
            <Field name="claimant.phone" label={t('app.apply.phone')} optional>
              <TextInput type="tel" value={state.claimant.phone} onChange={text('claimant', 'phone')} autoComplete="tel" />
            </Field>
            <Field name="claimant.email" label={t('app.apply.email')} optional>
              <TextInput type="email" value={state.claimant.email} onChange={text('claimant', 'email')} autoComplete="email" />
            </Field>
          </div>
        </Fieldset>

        <Fieldset legend={t('app.apply.debtorTitle')} lead={t('app.apply.debtorLead')}>
          <Field name="debtor.name" label={t('app.apply.name')}>
            <TextInput value={state.debtor.name} onChange={text('debtor', 'name')} autoComplete="off" />
          </Field>
          <Field name="debtor.idNumber" label={t('app.apply.idNumber')} hint={t('app.apply.idNumberHint')}>
            <TextInput value={state.debtor.idNumber} onChange={text('debtor', 'idNumber')} inputMode="numeric" maxLength={12} autoComplete="off" className="pt-input-id" />
          </Field>
          <Field name="debtor.address" label={t('app.apply.debtorAddress')}>
            <TextInput value={state.debtor.address} onChange={text('debtor', 'address')} autoComplete="off" />
          </Field>
        </Fieldset>

        <Fieldset legend={t('app.apply.documentTitle')}>
          <Field name="executiveDocument.court" label={t('app.apply.court')}>
            <TextInput value={state.court} onChange={docText('court')} autoComplete="off" />
          </Field>
          <div className="pt-row">
            <Field name="executiveDocument.caseNumber" label={t('app.apply.caseNumber')}>
              <TextInput value={state.caseNumber} onChange={docText('caseNumber')} autoComplete="off" />
            </Field>
            <Field name="executiveDocument.issuedOn" label={t('app.apply.issuedOn')}>
              <TextInput type="date" value={state.issuedOn} onChange={docText('issuedOn')} max={almatyDate(new Date())} />
            </Field>
          </div>
          <RadioGroup<ClaimCategory>
            name="executiveDocument.category"
            legend={t('app.apply.category')}
            value={state.category}
            onChange={(category) => setState((s) => ({ ...s, category }))}
            errors={errorsAt('executiveDocument.category')}
            options={CLAIM_CATEGORIES.map((value) => ({ value, label: label('claimCategory', value), hint: t(`app.claimCategoryHint.${value}`) }))}
          />
          {state.category !== 'NON_PROPERTY' && (
            <Field name="executiveDocument.amountTenge" label={t('app.apply.amount')} hint={t('app.apply.amountHint')}>
              <TextInput value={state.amount} onChange={docText('amount')} inputMode="decimal" autoComplete="off" className="pt-input-amount" />
            </Field>
          )}
          <div className="pt-subsection">
            <h3 className="pt-subsection__title">{t('app.apply.placeTitle')}</h3>
            <p className="pt-explain">{t('app.apply.placeHint')}</p>
            <Field name="executiveDocument.region" label={t('app.apply.region')}>
              <Select
                options={regionOptions}
                value={state.regionId}
                onChange={(e) => {
                  const regionId = e.target.value;
                  setState((s) => ({ ...s, regionId, districtId: '' }));
                }}
              />
            </Field>
            <Field name="executiveDocument.districtId" label={t('app.apply.district')}>
              <Select
                options={districtOptions}
                value={state.districtId}
                disabled={!state.regionId}
                placeholder={state.regionId ? undefined : t('app.apply.chooseRegionFirst')}
                onChange={(e) => {
                  const districtId = e.target.value;
                  setState((s) => ({ ...s, districtId }));
                }}
              />
            </Field>
          </div>
        </Fieldset>

        <Fieldset legend={t('app.apply.requestsTitle')}>
          <Checkbox
            name="requestsWrit"
            label={t('app.apply.requestsWrit')}
            hint={t('app.apply.requestsWritHint')}
            checked={state.requestsWrit}
            onChange={(requestsWrit) => setState((s) => ({ ...s, requestsWrit }))}
          />
          <Checkbox
            name="byRepresentative"
            label={t('app.apply.byRepresentative')}
            hint={t('app.apply.byRepresentativeHint')}
            checked={state.byRepresentative}
            onChange={(byRepresentative) => setState((s) => ({ ...s, byRepresentative }))}
          />
        </Fieldset>

        <Fieldset legend={t('app.apply.documentsTitle')} lead={t('app.apply.documentsLead')}>
          {PORTAL_DOCUMENTS.map((kind) => {
            const needed = required.includes(kind);
            return (
              <Checkbox
                key={kind}
                name="documents"
                value={kind}
                label={label('enforcementDocumentKind', kind)}
                hint={t(`app.documentHint.${kind}`)}
                tag={needed ? t('app.apply.required') : t('app.apply.notRequired')}
                tagTone={needed ? 'required' : 'optional'}
                checked={state.documents.includes(kind)}
                onChange={(checked) => toggleDocument(kind, checked)}
              />
            );
          })}
          {missing.length > 0 && (
            <div className="pt-missing" aria-live="polite">
              <Notice tone="warning" title={t('app.apply.missingTitle')}>
                <p>{t('app.apply.missingText')}</p>
                <ul>
                  {missing.map((kind) => (
                    <li key={kind}>{label('enforcementDocumentKind', kind)}</li>
                  ))}
                </ul>
              </Notice>
            </div>
          )}
        </Fieldset>
      </Form>
    </>
  );
}
