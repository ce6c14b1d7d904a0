import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import type { CardRecord } from '../../domain/records.js';
import {
  deleteCardOperation,
  findCustomerCard,
  updateCardOperation,
} from '../../operations/card-operations.js';
import { findCustomer } from '../../operations/customer-operations.js';
import { renderCard } from '../../render/render-card.js';
import { renderList } from '../../render/render-list.js';
import { paginate } from '../../store/paginate.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readListQuery } from '../list-params.js';
import { readCardUpdate } from '../requests/customer-request.js';

/** A customer's cards (omise-php 2025 customers/.../cards/...-{get,patch,delete}.json). */
export function customerCardRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/customers/*', authenticate(accounts, 'secret'));

  routes.get('/customers/:id/cards', (c) => {
    const account = c.get('account');
    const customer = findCustomer(account, c.req.param('id'));
    const query = readListQuery(c.get('params'), c.get('render').now);
    const page = paginate(account.store.cardsOf(customer.id), query);
    const item = (card: CardRecord) => renderCard(card, c.get('render'));
    return answerJson(c, renderList(page, `/customers/${customer.id}/cards`, item, c.get('render')));
  });

  routes.get('/customers/:id/cards/:card', (c) => {
    const card = findCustomerCard(c.get('account'), c.req.param('id'), c.req.param('card'));
    return answerJson(c, renderCard(card, c.get('render')));
  });

  routes.patch('/customers/:id/cards/:card', (c) => {
    const { id, card: cardId } = c.req.param();
    findCustomerCard(c.get('account'), id, cardId); // the customer and its card before the body, as Omise does
    const update = readCardUpdate(c.get('params'));
    const card = updateCardOperation(c.get('account'), id, cardId, update);
    return answerJson(c, renderCard(card, c.get('render')));
  });

  routes.delete('/customers/:id/cards/:card', (c) => {
    const card = deleteCardOperation(c.get('account'), c.req.param('id'), c.req.param('card'));
    return answerJson(c, renderCard(card, c.get('render')));
  });

  return routes;
}
