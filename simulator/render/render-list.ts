import type { Page } from '../store/paginate.js';
import type { RenderContext } from './api-version.js';
import { iso } from './timestamps.js';

/** The list envelope; 2017-11-02 orders its keys differently (TrueMoney seed's embedded refunds). */
export function renderList<T extends { readonly createdAt: number }>(
  page: Page<T>,
  location: string,
  renderItem: (item: T) => unknown,
  ctx: RenderContext,
): Record<string, unknown> {
  const data = page.data.map(renderItem);
  const { limit, offset, order } = page.query;
  const from = iso(page.query.from);
  const to = iso(page.query.to);
  if (ctx.version === '2017-11-02') {
    return { object: 'list', from, to, offset, limit, total: page.total, order, location, data };
  }
  return { object: 'list', data, limit, offset, total: page.total, location, order, from, to };
}
