import { Hono } from 'hono';
import type { Account } from '../../account/account.js';
import type { Accounts } from '../../account/accounts.js';
import type { CustomerRecord } from '../../domain/records.js';
import {
  createCustomerOperation,
  deleteCustomerOperation,
  findCustomer,
  updateCustomerOperation,
} from '../../operations/customer-operations.js';
import type { RenderContext } from '../../render/api-version.js';
import { renderCustomer } from '../../render/render-customer.js';
import { renderList } from '../../render/render-list.js';
import { paginate } from '../../store/paginate.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readListQuery } from '../list-params.js';
import { readCustomerChange } from '../requests/customer-request.js';

export function customerRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/customers/*', authenticate(accounts, 'secret'));

  routes.post('/customers', (c) => {
    const change = readCustomerChange(c.get('params'), c.get('limits').maxMetadataBytes);
    const customer = createCustomerOperation(c.get('account'), change);
    return answerJson(c, render(c.get('account'), customer, c.get('render')));
  });

  routes.get('/customers', (c) => {
    const account = c.get('account');
    const live = account.store.customers.toArray().filter((customer) => !customer.deleted);
    const page = paginate(live, readListQuery(c.get('params'), c.get('render').now));
    const item = (customer: CustomerRecord) => render(account, customer, c.get('render'));
    return answerJson(c, renderList(page, '/customers', item, c.get('render')));
  });

  routes.get('/customers/:id', (c) => {
    const customer = findCustomer(c.get('account'), c.req.param('id'));
    return answerJson(c, render(c.get('account'), customer, c.get('render')));
  });

  routes.patch('/customers/:id', (c) => {
    const { id } = findCustomer(c.get('account'), c.req.param('id')); // before the body, as Omise does
    const change = readCustomerChange(c.get('params'), c.get('limits').maxMetadataBytes);
    const customer = updateCustomerOperation(c.get('account'), id, change);
    return answerJson(c, render(c.get('account'), customer, c.get('render')));
  });

  routes.delete('/customers/:id', (c) => {
    const customer = deleteCustomerOperation(c.get('account'), c.req.param('id'));
    return answerJson(c, render(c.get('account'), customer, c.get('render')));
  });

  return routes;
}

function render(account: Account, customer: CustomerRecord, ctx: RenderContext): Record<string, unknown> {
  return renderCustomer(customer, account.store.cardsOf(customer.id), ctx);
}
