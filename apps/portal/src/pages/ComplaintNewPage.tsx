// complaints (issue 10) — C1: complain about a decision, an action or an inaction on one of your applications,
// or about the private bailiff's action in your case, to the head of the provider, the Ministry or the
// quality-control body. From an application whose period ended, "inaction" comes with the facts filled in.
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type UserErrorLike } from '@oryndau/client';
import {
  COMPLAINT_ABOUTS, COMPLAINT_ADDRESSEES_ON_PLATFORM, Field, Form, Link, Loading, Notice, PageHeader, Select, TextArea, TextInput,
  todayInAlmaty, useEnumLabel, useFormat, useIdempotencyKey, useLocation, useTranslation, useUserErrors, type ComplaintAbout, type ComplaintAddressee,
} from '@oryndau/ui';
import { FileComplaintMutation, complaintPath } from '../features/complaints/operations.ts';

const ItemQuery = graphql(`
  query PortalComplaintItem($id: ID!) {
    node(id: $id) {
      id
      ... on ServiceApplication {
        number
        kind
        dueOn
        overdue
        executiveDocument {
          id
          proceeding {
            id
            number
            bailiff {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export function ComplaintNewPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const applicationId = params.get('application') ?? '';
  const wanted = params.get('about') as ComplaintAbout | null;
  const [item] = useQuery({ query: ItemQuery, variables: { id: applicationId }, pause: !applicationId });
  const node = item.data?.node;
  const app = node && 'number' in node ? node : null;
  const proceeding = app?.executiveDocument?.proceeding ?? null;
  const [state, setState] = useState<{ addressee: ComplaintAddressee; about: ComplaintAbout; subject: string; text: string } | null>(null);
  const [result, file] = useMutation(FileComplaintMutation);
  const [apiErrors, setApiErrors] = useState<readonly UserErrorLike[]>([]);
  const [filed, setFiled] = useState<{ id: string; number: string; dueOn: string; accessCode: string | null } | null>(null);
  const idempotency = useIdempotencyKey();
  const localize = useUserErrors({ addressee: t('app.complaints.addressee'), about: t('app.complaints.about'), subject: t('app.complaints.subject'), text: t('app.complaints.text') });

  if (!applicationId) return <PageHeader title={t('app.complaints.newTitle')} lead={t('app.complaints.chooseApplication')} />;
  if (!app) return item.fetching || !item.data ? <Loading /> : <PageHeader title={t('common.notFoundTitle')} lead={t('app.application.notFound')} />;

  const inaction = wanted === 'INACTION' && app.overdue && !!app.dueOn;
  const form = state ?? {
    addressee: 'PROVIDER_HEAD' as ComplaintAddressee,
    about: (wanted && COMPLAINT_ABOUTS.includes(wanted) ? wanted : 'DECISION') as ComplaintAbout,
    subject: inaction ? t('app.complaints.inactionSubject', { number: app.number }) : '',
    text: inaction ? t('app.complaints.inactionText', { number: app.number, date: format.date(app.dueOn!), today: format.date(todayInAlmaty()) }) : '',
  };
  const set = (patch: Partial<typeof form>) => setState({ ...form, ...patch });
  const abouts = COMPLAINT_ABOUTS.filter((a) => a !== 'BAILIFF_ACTION' || !!proceeding?.bailiff);

  if (filed) {
    return (
      <>
        <PageHeader title={t('app.complaints.filedTitle', { number: filed.number })} />
        <Notice tone="success" title={t('app.complaints.filedLead', { date: format.date(filed.dueOn) })}>
          {filed.accessCode && (
            <p>
              {t('app.statusCheck.yourCode')} <strong data-testid="access-code">{filed.accessCode}</strong> — {t('app.statusCheck.codeLead')}
            </p>
          )}
          <p>
            <Link to={complaintPath(filed.id)} className="or-button">
              {t('app.complaints.open', { number: filed.number })}
            </Link>
          </p>
        </Notice>
      </>
    );
  }

  const submit = async () => {
    const r = await file({
      input: {
        addressee: form.addressee, about: form.about, subject: form.subject, text: form.text, idempotencyKey: idempotency.key,
        ...(form.about === 'BAILIFF_ACTION' && proceeding ? { proceedingId: proceeding.id } : { applicationId: app.id }),
      },
    });
    const payload = r.data?.fileComplaint;
    if (!payload) return;
    if (payload.userErrors.length) return setApiErrors(payload.userErrors);
    idempotency.renew();
    if (payload.complaint) setFiled({ id: payload.complaint.id, number: payload.complaint.number, dueOn: payload.complaint.dueOn, accessCode: payload.accessCode ?? null });
  };

  return (
    <>
      <PageHeader title={t('app.complaints.newTitle')} lead={t('app.complaints.newLead', { number: app.number, kind: label('serviceKind', app.kind) })} />
      {inaction && <Notice tone="info" title={t('app.complaints.missedTitle')}>{t('app.complaints.prefilled')}</Notice>}
      <Form onSubmit={submit} userErrors={localize(apiErrors)} error={result.error} submitLabel={t('app.complaints.submit')} submitting={result.fetching} aria-label={t('app.complaints.newTitle')}>
        <Field name="addressee" label={t('app.complaints.addressee')} hint={t(`app.complaints.addresseeHint.${form.addressee}`)}>
          <Select value={form.addressee} onChange={(e) => set({ addressee: e.target.value as ComplaintAddressee })} options={COMPLAINT_ADDRESSEES_ON_PLATFORM.map((a) => ({ value: a, label: label('complaintAddressee', a) }))} />
        </Field>
        <Field name="about" label={t('app.complaints.about')}>
          <Select value={form.about} onChange={(e) => set({ about: e.target.value as ComplaintAbout })} options={abouts.map((a) => ({ value: a, label: label('complaintAbout', a) }))} />
        </Field>
        {form.about === 'BAILIFF_ACTION' && proceeding?.bailiff && <p className="pt-explain">{t('app.complaints.bailiffCase', { number: proceeding.number, name: proceeding.bailiff.name })}</p>}
        <Field name="subject" label={t('app.complaints.subject')}>
          <TextInput value={form.subject} onChange={(e) => set({ subject: e.target.value })} />
        </Field>
        <Field name="text" label={t('app.complaints.text')} hint={t('app.complaints.textHint')}>
          <TextArea rows={6} value={form.text} onChange={(e) => set({ text: e.target.value })} />
        </Field>
      </Form>
    </>
  );
}
