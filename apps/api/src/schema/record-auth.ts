// Record-level authorisation for prismaNode types: a record is readable when a cheap check passes, when a
// scoped list already returned it in this request, or when the viewer's scope (access.ts) contains it.
import type { Context } from '../context.ts';

export function recordAuthScopes<T extends { id: string }>(
  typeName: string,
  cheap: (record: T, ctx: Context) => boolean,
  inScope: (ctx: Context, id: string) => Promise<boolean>,
) {
  return async (record: T, ctx: Context) => {
    if (cheap(record, ctx) || ctx.visible.has(`${typeName}:${record.id}`)) return true;
    if (!ctx.viewer) return { authenticated: true } as const;
    return inScope(ctx, record.id);
  };
}

export function markVisible(ctx: Context, typeName: string, rows: { id: string }[]) {
  for (const r of rows) ctx.visible.add(`${typeName}:${r.id}`);
}
