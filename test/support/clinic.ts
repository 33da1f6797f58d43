import type { App } from '../../src/server/app-type.js';
import { createClinic } from '../../src/server/services/clinics.js';
import { signUpPerson } from './test-app.js';

type Person = Awaited<ReturnType<typeof signUpPerson>>;
export type Clinician = Person & { clinicId: string; joinCode: string };

const send = (app: App, method: string, url: string, cookie: string, payload?: object) =>
  app.inject({
    method: method as 'GET',
    url,
    headers: { cookie },
    ...(payload ? { payload } : {}),
  });

/** A clinic made as the operator's command makes it, and a clinician who joined it. */
export async function clinicWithClinician(app: App, name = 'Riverside Clinic'): Promise<Clinician> {
  const { clinicId, joinCode } = await createClinic(app.ctx, name);
  const clinician = await signUpPerson(app);
  const joined = await send(app, 'POST', '/api/clinic/join', clinician.cookie, { code: joinCode });
  if (joined.statusCode !== 200) throw new Error(`join failed: ${joined.body}`);
  return { ...clinician, clinicId, joinCode };
}

/** The person makes a share code and the clinician (or supporter) redeems it. */
export async function share(
  app: App,
  person: Person,
  recipient: Person,
  scopes: string[],
  as: 'clinic' | 'supporter' = 'clinic',
): Promise<string> {
  const made = await send(app, 'POST', '/api/sharing/codes', person.cookie, { scopes, days: 90 });
  if (made.statusCode !== 201) throw new Error(`share code failed: ${made.body}`);
  const url = as === 'clinic' ? '/api/clinic/clients' : '/api/supporting';
  const redeemed = await send(app, 'POST', url, recipient.cookie, { code: made.json().code });
  if (redeemed.statusCode !== 201) throw new Error(`redeem failed: ${redeemed.body}`);
  const grants = await send(app, 'GET', '/api/sharing/grants', person.cookie);
  return grants.json<{ grants: { id: string; active: boolean }[] }>().grants.find((g) => g.active)!
    .id;
}
