// The read path (issue 11, perf): a node's `id` is answered synchronously from its row (schema/read-path.ts)
// instead of through Pothos' async global-id resolver. Proved equal, type by type, to the plugin's own answer,
// so a node type whose id is not its `id` column cannot slip through with a wrong global id.
import { describe, expect, it } from 'vitest';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { schema } from '../src/schema/index.ts';
import { pluginIdResolvers } from '../src/schema/read-path.ts';

const info = (type: GraphQLObjectType) => ({ fieldName: 'id', parentType: type, path: { key: 'id', prev: undefined, typename: type.name }, operation: { operation: 'query' } }) as unknown as GraphQLResolveInfo;

describe('node ids on the read path', () => {
  it('every node type answers its id synchronously, exactly as the relay plugin would', async () => {
    const nodeTypes = Object.values(schema.getTypeMap()).filter((t) => 'getInterfaces' in t && (t as GraphQLObjectType).getInterfaces().some((i) => i.name === 'Node')) as GraphQLObjectType[];
    expect(nodeTypes.length).toBeGreaterThan(20);
    expect([...pluginIdResolvers.keys()].sort()).toEqual(nodeTypes.map((t) => t.name).sort());
    for (const type of nodeTypes) {
      const row = { id: `row-${type.name}`, number: 'N-1', login: 'someone' };
      const ctx = { signal: undefined };
      const fast = type.getFields().id!.resolve!(row, {}, ctx, info(type));
      expect(typeof fast, type.name).toBe('string'); // no promise
      const plugin = await pluginIdResolvers.get(type.name)!(row, {}, ctx, info(type));
      expect(fast, type.name).toBe(plugin);
      expect(decodeGlobalID(fast as string)).toEqual({ typename: type.name, id: row.id });
    }
  });
});
