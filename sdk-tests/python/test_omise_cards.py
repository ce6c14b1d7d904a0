"""Card flows through the omise Python SDK: tokens on the vault (public key), charges, capture, customers."""
import omise
import omise.errors
import pytest

THB = 'THB'


def card(number='4242424242424242'):
    return {'name': 'Somchai Prasert', 'number': number, 'expiration_month': 12,
            'expiration_year': 2099, 'security_code': '123'}


def token(number='4242424242424242'):
    return omise.Token.create(**card(number))


def test_tokenizes_a_card_and_retrieves_the_token():
    made = token()
    assert isinstance(made, omise.Token)
    assert (made.used, made.card.brand, made.card.last_digits) == (False, 'Visa', '4242')
    assert omise.Token.retrieve(made.id).id == made.id


def test_rejects_an_invalid_card_with_invalid_card():
    with pytest.raises(omise.errors.InvalidCardError):
        token('4242424242424241')


def test_charges_a_token_then_refunds_part_of_it():
    charge = omise.Charge.create(amount=100000, currency=THB, card=token().id)
    assert (charge.status, charge.paid, charge.card.last_digits) == ('successful', True, '4242')
    refund = charge.refund(amount=40000)
    assert refund.amount == 40000


def test_authorizes_then_captures():
    charge = omise.Charge.create(amount=100000, currency=THB, card=token().id, capture=False)
    assert (charge.status, charge.authorized, charge.capturable) == ('pending', True, True)
    charge.capture()
    assert (charge.status, charge.paid) == ('successful', True)


def test_reverses_an_authorization():
    charge = omise.Charge.create(amount=100000, currency=THB, card=token().id, capture=False)
    charge.reverse()
    assert (charge.status, charge.reversed) == ('reversed', True)


def test_fails_a_charge_of_the_insufficient_fund_card():
    charge = omise.Charge.create(amount=100000, currency=THB, card=token('4111111111140011').id)
    assert (charge.status, charge.failure_code) == ('failed', 'insufficient_fund')


def test_charges_a_customer_default_card():
    customer = omise.Customer.create(email='somchai@example.com', card=token().id)
    assert customer.default_card == customer.cards[0].id
    charge = omise.Charge.create(amount=50000, currency=THB, customer=customer.id)
    assert (charge.status, charge.customer.id if hasattr(charge.customer, 'id') else charge.customer) == \
        ('successful', customer.id)
    customer.destroy()
    assert customer.destroyed
