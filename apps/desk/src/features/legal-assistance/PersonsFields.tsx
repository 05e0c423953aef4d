// The persons an order concerns (004 p.22 items 4–5): one at a time, the individual's or the entity's data.
import { Field, Select, TextInput, useEnumLabel, useTranslation, type LegalPersonKind, type LegalPersonRole } from '@oryndau/ui';

export interface PersonDraft {
  role: LegalPersonRole;
  kind: LegalPersonKind;
  name: string;
  birthDate: string;
  birthPlace: string;
  residence: string;
  citizenship: string;
  legalAddress: string;
  bankDetails: string;
  fiscalCode: string;
  representativeName: string;
  representativeAddress: string;
}

export const emptyPerson = (role: LegalPersonRole = 'DEFENDANT'): PersonDraft => ({
  role, kind: 'INDIVIDUAL', name: '', birthDate: '', birthPlace: '', residence: '', citizenship: '', legalAddress: '', bankDetails: '', fiscalCode: '', representativeName: '', representativeAddress: '',
});

const ROLES: LegalPersonRole[] = ['PLAINTIFF', 'DEFENDANT', 'THIRD_PARTY', 'WITNESS', 'OTHER'];

export function personInput(p: PersonDraft) {
  const v = (s: string) => (s.trim() ? s.trim() : null);
  return {
    role: p.role, kind: p.kind, name: p.name,
    ...(p.kind === 'INDIVIDUAL'
      ? { birthDate: v(p.birthDate), birthPlace: v(p.birthPlace), residence: v(p.residence), citizenship: v(p.citizenship) }
      : { legalAddress: v(p.legalAddress), bankDetails: v(p.bankDetails), fiscalCode: v(p.fiscalCode) }),
    representatives: p.representativeName.trim() ? [{ name: p.representativeName, address: p.representativeAddress }] : [],
  };
}

export function PersonFields({ person, onChange, index = 0 }: { person: PersonDraft; onChange: (p: PersonDraft) => void; index?: number }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const set = (k: keyof PersonDraft) => (e: { target: { value: string } }) => onChange({ ...person, [k]: e.target.value });
  const f = (k: string) => `persons.${index}.${k}`;
  return (
    <fieldset className="or-card">
      <legend className="or-field__label">{t('app.legal.person')}</legend>
      <Field name={f('role')} label={t('app.legal.personRole')}>
        <Select value={person.role} placeholder={null} onChange={set('role')} options={ROLES.map((r) => ({ value: r, label: label('legalPersonRole', r) }))} />
      </Field>
      <Field name={f('kind')} label={t('app.legal.personKind')}>
        <Select value={person.kind} placeholder={null} onChange={set('kind')} options={(['INDIVIDUAL', 'ENTITY'] as const).map((k) => ({ value: k, label: label('legalPersonKind', k) }))} />
      </Field>
      <Field name={f('name')} label={t('app.legal.personName')}>
        <TextInput value={person.name} onChange={set('name')} />
      </Field>
      {person.kind === 'INDIVIDUAL' ? (
        <>
          <Field name={f('birthDate')} label={t('app.legal.birthDate')} optional>
            <TextInput type="date" value={person.birthDate} onChange={set('birthDate')} />
          </Field>
          <Field name={f('birthPlace')} label={t('app.legal.birthPlace')} optional>
            <TextInput value={person.birthPlace} onChange={set('birthPlace')} />
          </Field>
          <Field name={f('residence')} label={t('app.legal.residence')} optional>
            <TextInput value={person.residence} onChange={set('residence')} />
          </Field>
          <Field name={f('citizenship')} label={t('app.legal.citizenship')} optional>
            <TextInput value={person.citizenship} onChange={set('citizenship')} />
          </Field>
        </>
      ) : (
        <>
          <Field name={f('legalAddress')} label={t('app.legal.legalAddress')} optional>
            <TextInput value={person.legalAddress} onChange={set('legalAddress')} />
          </Field>
          <Field name={f('bankDetails')} label={t('app.legal.bankDetails')} optional>
            <TextInput value={person.bankDetails} onChange={set('bankDetails')} />
          </Field>
          <Field name={f('fiscalCode')} label={t('app.legal.fiscalCode')} optional>
            <TextInput value={person.fiscalCode} onChange={set('fiscalCode')} />
          </Field>
        </>
      )}
      <Field name={`persons.${index}.representatives.0.name`} label={t('app.legal.representativeName')} optional>
        <TextInput value={person.representativeName} onChange={set('representativeName')} />
      </Field>
      <Field name={`persons.${index}.representatives.0.address`} label={t('app.legal.representativeAddress')} optional>
        <TextInput value={person.representativeAddress} onChange={set('representativeAddress')} />
      </Field>
    </fieldset>
  );
}
