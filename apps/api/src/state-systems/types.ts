// One adapter interface per state information system (A3, L2, L6, L8). The platform never asks the applicant for
// what these systems hold: it asks them. Every call answers either with the system's answer (found or not,
// negative or not) or with `unavailable` (the system is down, or did not answer within its timeout); the caller
// never throws an application away on `unavailable`: it waits and retries (checks.ts, the scheduler).
//
// The sandbox (sandbox.ts) implements every interface from the table SandboxStateRecord; the real gateway
// ("Electronic Government" integration bus, ShEP) is plugged in by implementing the same interfaces: see README.md.
import type { StateSystemName } from '@oryndau/domain';

export type StateSystemError = 'TIMEOUT' | 'UNAVAILABLE';

export type StateAnswer<T> =
  | {
      ok: true;
      system: StateSystemName;
      /** the subject exists in the system (identity: the person; registers: a record about the person) */
      found: boolean;
      /** the answer bars the service (a conviction, a registration, a deprivation, a declined payment …) */
      negative: boolean;
      data: T;
      /** which implementation answered ("sandbox", "shep" …), shown to the applicant as the source */
      source: string;
    }
  | { ok: false; system: StateSystemName; error: StateSystemError; message: string };

export interface IdentityData {
  iin: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  birthDate: string | null;
  document?: { kind: string; number: string; issuedOn: string } | null;
}

export interface NameChange {
  /** the name before and after, as the "Individuals" database records them */
  previous: { lastName: string; firstName: string; patronymic: string | null };
  current: { lastName: string; firstName: string; patronymic: string | null };
  /** the day the new identity document was issued (ISO date) */
  documentIssuedOn: string;
  documentNumber: string;
  /** the civil-registry act behind the change (marriage, change of name …) */
  reason: string;
}

export interface RegisterData {
  /** the records found (empty when clear) */
  records: Array<{ kind: string; date?: string; authority?: string; note?: string }>;
}

export interface PaymentData {
  reference: string;
  amountTenge: number;
  paidAt: string;
  payerIin: string;
}

/** Identity documents of individuals (the "Individuals" state database, identity part). */
export interface IdentityRegistry {
  person(iin: string): Promise<StateAnswer<IdentityData>>;
}
/** The "Individuals" database: the changes of surname, name or patronymic (L8). */
export interface IndividualsRegistry {
  nameChanges(iin: string): Promise<StateAnswer<{ changes: NameChange[] }>>;
}
/** The criminal-record register (Committee on Legal Statistics). */
export interface CriminalRecordRegistry {
  check(iin: string): Promise<StateAnswer<RegisterData>>;
}
/** The register of persons who committed corruption offences. */
export interface CorruptionOffencesRegistry {
  check(iin: string): Promise<StateAnswer<RegisterData>>;
}
/** Dismissals for negative reasons from state, military or law-enforcement service. */
export interface NegativeDismissalsRegistry {
  check(iin: string): Promise<StateAnswer<RegisterData>>;
}
/** Earlier deprivations of a private-bailiff licence. */
export interface LicenceDeprivationRegistry {
  check(iin: string): Promise<StateAnswer<RegisterData>>;
}
/** The mental-health register (dispensary registration). */
export interface MentalHealthRegister {
  check(iin: string): Promise<StateAnswer<RegisterData>>;
}
/** The narcology register. */
export interface NarcologyRegister {
  check(iin: string): Promise<StateAnswer<RegisterData>>;
}
/** The e-gov payment gateway (L6): pays a fee on-line, or confirms a bank receipt's payment. */
export interface PaymentGateway {
  /** charges the payer on-line; negative: declined */
  pay(request: { reference: string; payerIin: string; amountTenge: number; purpose: string }): Promise<StateAnswer<PaymentData>>;
  /** confirms a payment made at a bank, by the receipt's number; not found: the treasury does not know it */
  confirmReceipt(request: { receiptNumber: string; payerIin: string }): Promise<StateAnswer<PaymentData>>;
}

/** Every system, as the services hold them (Services.stateSystems). */
export interface StateSystems {
  /** "sandbox" or the name of the real gateway */
  mode: string;
  identity: IdentityRegistry;
  individuals: IndividualsRegistry;
  criminalRecord: CriminalRecordRegistry;
  corruptionOffences: CorruptionOffencesRegistry;
  negativeDismissals: NegativeDismissalsRegistry;
  licenceDeprivation: LicenceDeprivationRegistry;
  mentalHealth: MentalHealthRegister;
  narcology: NarcologyRegister;
  payments: PaymentGateway;
}

/** The register checks by system name, for the generic check runner. */
export function registerCheck(systems: StateSystems, system: StateSystemName): ((iin: string) => Promise<StateAnswer<unknown>>) | null {
  switch (system) {
    case 'IDENTITY':
      return (iin) => systems.identity.person(iin);
    case 'INDIVIDUALS':
      return (iin) => systems.individuals.nameChanges(iin);
    case 'CRIMINAL_RECORD':
      return (iin) => systems.criminalRecord.check(iin);
    case 'CORRUPTION_OFFENCES':
      return (iin) => systems.corruptionOffences.check(iin);
    case 'NEGATIVE_DISMISSALS':
      return (iin) => systems.negativeDismissals.check(iin);
    case 'LICENCE_DEPRIVATION':
      return (iin) => systems.licenceDeprivation.check(iin);
    case 'MENTAL_HEALTH_REGISTER':
      return (iin) => systems.mentalHealth.check(iin);
    case 'NARCOLOGY_REGISTER':
      return (iin) => systems.narcology.check(iin);
    case 'PAYMENT_GATEWAY':
      return null; // asked with a payment, not with an IIN
  }
}
