import { it } from 'vitest';
import { startTestApi } from './harness.ts';
it('probe', async () => {
  const api = await startTestApi();
  const a = await api.gql<any>('{ applications(first:1) { edges { node { id } } } }', {}, await api.login('aigerim'));
  const id = a.data.applications.edges[0].node.id;
  for (const who of ['timur', null]) {
    const r = await api.gql('query($id: ID!) { node(id: $id) { id ... on ServiceApplication { number form } } }', { id }, who ? await api.login(who) : null);
    console.log(who, JSON.stringify(r));
  }
  const r2 = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [id, 'garbage', 'VXNlcjp4'] }, null);
  console.log(JSON.stringify(r2));
  const r3 = await api.gql('{ chambers { name bailiffs { name openCaseCount } } }', {}, null);
  console.log(JSON.stringify(r3).slice(0, 300));
  await api.close();
}, 60000);
