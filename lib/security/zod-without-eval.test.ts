import { expect, it } from 'vitest';

it('the referral schemas are built and used without ever calling new Function', async () => {
  // Count every `new Function` from here on. zod's probe and its compiler both construct the
  // global Function, so a schema module that configures zod too late is caught here.
  const RealFunction = globalThis.Function;
  const compiled: string[] = [];
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args: string[]) {
      compiled.push(String(args.at(-1)).slice(0, 80));
      return Reflect.construct(target, args);
    },
  });
  try {
    const { steps } = await import('@/lib/referral/definition');
    const { referralSchema, stepSchema } = await import('@/lib/referral/schema');
    const { completeAnswers } = await import('@/lib/referral/test-answers');
    for (const step of steps) {
      stepSchema(step, completeAnswers()).safeParse({});
      stepSchema(step, completeAnswers()).safeParse(completeAnswers());
    }
    expect(referralSchema().safeParse(completeAnswers()).success).toBe(true);
  } finally {
    globalThis.Function = RealFunction;
  }
  expect(compiled).toEqual([]);
});
