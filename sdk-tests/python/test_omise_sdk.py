"""The omise Python SDK (PyPI `omise`) against omise-sim, through the SDK's own calls and types."""
import omise
import omise.errors
import pytest

THB = 'THB'
BARCODE = '134567890123456789'
PHONE = '0812345678'
RETURN_URI = 'https://shop.example/orders/1/complete'

# Each seed method: what its source needs, and whether the Sources API makes it (B scan C: charge only).
METHODS = {
    'wechat_pay_mpm': ({}, {}),
    'wechat_pay_upm': ({'barcode': BARCODE}, {}),
    'alipayplus_mpm': ({}, {}),
    'truemoney': ({'phone_number': PHONE}, {'return_uri': RETURN_URI}),
    'barcode_wechat': ({'barcode': BARCODE}, {}),
    'promptpay': ({}, {}),
}
SOURCES_API = ['wechat_pay_mpm', 'alipayplus_mpm', 'truemoney', 'promptpay']


def inline_charge(amount=150000):
    source = {'type': 'wechat_pay_upm', 'barcode': BARCODE}
    return omise.Charge.create(amount=amount, currency=THB, source=source)


def send(method, path, payload=None):
    """What the SDK has no method for (mark_as_paid, mark_as_failed): its own Request class, as Charge.expire uses."""
    data = omise.Request(omise.api_secret, omise.api_main, omise.api_version).send(method, path, payload)
    return omise.Charge.from_data(data)


@pytest.mark.parametrize('method_type', SOURCES_API)
def test_creates_a_source_then_a_charge_of_it(method_type):
    params, charge_params = METHODS[method_type]
    source = omise.Source.create(type=method_type, amount=150000, currency=THB, **params)
    assert isinstance(source, omise.Source)
    assert (source.type, source.charge_status) == (method_type, 'unknown')
    charge = omise.Charge.create(amount=150000, currency=THB, source=source.id, **charge_params)
    assert isinstance(charge, omise.Charge)
    assert (charge.status, charge.paid, charge.source.id) == ('pending', False, source.id)


@pytest.mark.parametrize('method_type', list(METHODS))
def test_creates_a_charge_with_an_inline_source(method_type):
    params, charge_params = METHODS[method_type]
    charge = omise.Charge.create(amount=150000, currency=THB, source=dict(type=method_type, **params), **charge_params)
    assert charge.status == 'pending'
    assert isinstance(charge.source, omise.Source)
    assert (charge.source.type, charge.source.charge_status) == (method_type, 'pending')


def test_retrieves_a_charge_and_its_source():
    created = inline_charge()
    charge = omise.Charge.retrieve(created.id)
    assert (charge.id, charge.amount) == (created.id, 150000)
    source = omise.Source.retrieve(charge.source.id)
    assert (source.type, source.charge_status) == ('wechat_pay_upm', 'pending')
    assert charge.reload().id == created.id


def test_lists_charges_page_by_page():
    ids = [inline_charge(20000 + i).id for i in range(3)]
    first = omise.Charge.list().offset(limit=2, offset=0, order='reverse_chronological')
    assert [c.id for c in first] == [ids[2], ids[1]]
    second = omise.Charge.list().offset(limit=2, offset=2, order='reverse_chronological')
    assert second[0].id == ids[0]
    assert len(omise.Charge.list()) >= 3


def test_updates_the_description_and_metadata_of_a_charge():
    charge = inline_charge()
    charge.update(description='order 42', metadata={'order': 42})
    assert (charge.description, charge.metadata.order) == ('order 42', 42)
    assert omise.Charge.retrieve(charge.id).description == 'order 42'


def test_expires_a_pending_charge():
    charge = inline_charge().expire()
    assert (charge.status, charge.expired) == ('expired', True)


def test_marks_charges_as_paid_and_as_failed():
    paid = send('post', ('charges', inline_charge().id, 'mark_as_paid'))
    assert (paid.status, paid.paid) == ('successful', True)
    failed = send('post', ('charges', inline_charge().id, 'mark_as_failed'), {'failure_code': 'insufficient_fund'})
    assert (failed.status, failed.failure_code) == ('failed', 'insufficient_fund')


def test_refunds_a_paid_charge_lists_and_retrieves_the_refund():
    charge = send('post', ('charges', inline_charge().id, 'mark_as_paid'))
    refund = charge.refund(amount=50000, metadata={'reason': 'broken'})
    assert isinstance(refund, omise.Refund)
    assert (refund.amount, refund.charge) == (50000, charge.id)
    assert charge.refunded_amount == 50000  # Charge.refund reloads the charge
    assert [r.id for r in charge.list_refunds()] == [refund.id]
    assert charge.refunds.retrieve(refund.id).id == refund.id
    assert refund.reload().id == refund.id
    assert refund.id in [r.id for r in omise.Refund.list()]


def test_retrieves_the_account_and_the_balance_and_transactions_a_paid_charge_makes():
    account = omise.Account.retrieve()
    assert isinstance(account, omise.Account)
    assert (account.country, account.currency) == ('TH', 'THB')
    before = omise.Balance.retrieve().total
    charge = send('post', ('charges', inline_charge().id, 'mark_as_paid'))
    balance = omise.Balance.retrieve()
    assert isinstance(balance, omise.Balance)
    assert balance.total - before == charge.net
    transaction = omise.Transaction.retrieve(charge.transaction)
    assert isinstance(transaction, omise.Transaction)
    assert (transaction.amount, transaction.direction, transaction.origin) == (charge.net, 'credit', charge.id)
    assert charge.transaction in [t.id for t in omise.Transaction.retrieve()]


def test_lists_and_retrieves_events():
    charge = send('post', ('charges', inline_charge().id, 'mark_as_paid'))
    events = omise.Event.list().offset(limit=2, order='reverse_chronological')
    assert [(e.key, e.data.id) for e in events] == [('charge.complete', charge.id), ('charge.create', charge.id)]
    event = omise.Event.retrieve(events[0].id)
    assert isinstance(event, omise.Event)
    assert (event.key, event.data.status) == ('charge.complete', 'successful')
    assert [e.key for e in charge.list_events()] == ['charge.create', 'charge.complete']


def test_decodes_every_event_of_the_account():
    send('post', ('charges', inline_charge().id, 'mark_as_paid'))
    events = list(omise.Event.list())
    assert len(events) >= 2
    for event in events:
        assert isinstance(event, omise.Event)
        assert isinstance(event.data, (omise.Charge, omise.Refund, omise.Customer, omise.Card)), event.key


def test_retrieves_the_capability_with_the_public_key():
    capability = omise.Capability.retrieve()
    assert isinstance(capability, omise.Capability)
    assert set(METHODS) <= {method['name'] for method in capability.payment_methods}


def test_raises_authentication_failure_for_a_wrong_key():
    omise.api_secret = 'skey_wrong'
    with pytest.raises(omise.errors.AuthenticationFailureError):
        omise.Charge.retrieve('chrg_test_any')


def test_raises_not_found_for_an_unknown_charge():
    with pytest.raises(omise.errors.NotFoundError) as error:
        omise.Charge.retrieve('chrg_test_missing')
    assert 'chrg_test_missing' in str(error.value)


def test_raises_invalid_charge_for_an_amount_under_the_minimum():
    with pytest.raises(omise.errors.InvalidChargeError):
        inline_charge(100)
