/**
 * Keeps zod from ever calling `new Function`, so the form's validation in the browser stays
 * inside the Content Security Policy (content-security-policy.ts), which allows no eval.
 *
 * When zod builds an object schema it asks whether it may compile a faster parser, by trying
 * `new Function('')` and catching the refusal. Nothing breaks under our policy, but Chromium
 * still records the refused eval as a CSP issue (a `securitypolicyviolation` event, and a failed
 * "inspector-issues" audit in Lighthouse). `jitless` skips the probe and the compiling alike.
 *
 * Import it for its effect, first, in every module that builds schemas the browser runs: zod
 * reads the setting when a schema is built, not when it is used. The setting is global, so on
 * the server the schemas built after this module loads skip compiling too, at no cost we can
 * measure.
 */
import { z } from 'zod';

z.config({ jitless: true });
