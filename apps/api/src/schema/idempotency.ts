// The `idempotencyKey` input field of every mutation that creates something (see ../usecases/idempotency.ts).
import { MAX_KEY_LENGTH } from '../usecases/idempotency.ts';

export const IDEMPOTENCY_KEY_DESCRIPTION =
  `One key per form submission (e.g. a UUID made when the form is submitted, reused on its retries), 8 to ${MAX_KEY_LENGTH} characters: ` +
  'the same key with the same input within 24 hours gives the first result again and creates nothing more; ' +
  'the same key with another input is refused (CONFLICT, key "idempotency.keyReused").';
