/**
 * Provides the phone number library at once, for server code (the referral email, referral.v1,
 * the outbox) and the tests, which must never answer "not known" because it is still loading.
 * Import it for its effect; the browser loads the library lazily instead (see ./phone-numbers).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { providePhoneNumbers } from './phone-numbers';

providePhoneNumbers({ parsePhoneNumberFromString });
