// Card flows through omise-go: tokens on the vault (public key), charges, capture, reverse and customers.
package sdktests

import (
	"testing"
	"time"

	"github.com/omise/omise-go"
	"github.com/omise/omise-go/operations"
)

func createToken(t *testing.T, number string) *omise.Token {
	t.Helper()
	token := &omise.Token{}
	must(t, client.Do(token, &operations.CreateToken{
		Name:            "Somchai Prasert",
		Number:          number,
		ExpirationMonth: time.December,
		ExpirationYear:  2099,
		SecurityCode:    "123",
	}))
	return token
}

func TestTokenizesACardAndRetrievesTheToken(t *testing.T) {
	token := createToken(t, "4242424242424242")
	if token.Used || token.Card.Brand != "Visa" || token.Card.LastDigits != "4242" {
		t.Fatalf("token: %+v", token)
	}
	read := &omise.Token{}
	must(t, client.Do(read, &operations.RetrieveToken{ID: token.ID}))
	if read.ID != token.ID {
		t.Fatalf("retrieved %s, want %s", read.ID, token.ID)
	}
}

func TestRejectsAnInvalidCardWithInvalidCard(t *testing.T) {
	err := client.Do(&omise.Token{}, &operations.CreateToken{
		Name: "X", Number: "4242424242424241", ExpirationMonth: 12, ExpirationYear: 2099,
	})
	expectOmiseError(t, err, "invalid_card", 400)
}

func TestChargesATokenThenRefundsPartOfIt(t *testing.T) {
	charge := &omise.Charge{}
	must(t, client.Do(charge, &operations.CreateCharge{Amount: 100000, Currency: thb, Card: createToken(t, "4242424242424242").ID}))
	if charge.Status != omise.ChargeSuccessful || !charge.Paid || charge.Card == nil || charge.Source != nil {
		t.Fatalf("charge: %+v", charge)
	}
	refund := &omise.Refund{}
	must(t, client.Do(refund, &operations.CreateRefund{ChargeID: charge.ID, Amount: 40000}))
	if refund.Amount != 40000 {
		t.Fatalf("refund: %+v", refund)
	}
}

func TestAuthorizesThenCapturesPartOfIt(t *testing.T) {
	charge := &omise.Charge{}
	must(t, client.Do(charge, &operations.CreateCharge{
		Amount: 100000, Currency: thb, Card: createToken(t, "4242424242424242").ID, DontCapture: true,
	}))
	if charge.Status != omise.ChargePending || !charge.Authorized || charge.Paid {
		t.Fatalf("authorization: %+v", charge)
	}
	captured := &omise.Charge{}
	must(t, client.Do(captured, &operations.CaptureCharge{ChargeID: charge.ID, CaptureAmount: 50000}))
	if captured.Status != omise.ChargeSuccessful || !captured.Paid || captured.CapturedAmount != 50000 {
		t.Fatalf("captured: %+v", captured)
	}
}

func TestReversesAnAuthorization(t *testing.T) {
	charge := &omise.Charge{}
	must(t, client.Do(charge, &operations.CreateCharge{
		Amount: 100000, Currency: thb, Card: createToken(t, "4242424242424242").ID, DontCapture: true,
	}))
	reversed := &omise.Charge{}
	must(t, client.Do(reversed, &operations.ReverseCharge{ChargeID: charge.ID}))
	if reversed.Status != omise.ChargeReversed || !reversed.Reversed {
		t.Fatalf("reversed: %+v", reversed)
	}
}

func TestFailsAChargeOfTheInsufficientFundCard(t *testing.T) {
	charge := &omise.Charge{}
	must(t, client.Do(charge, &operations.CreateCharge{Amount: 100000, Currency: thb, Card: createToken(t, "4111111111140011").ID}))
	if charge.Status != omise.ChargeFailed || charge.FailureCode == nil || *charge.FailureCode != "insufficient_fund" {
		t.Fatalf("charge: %+v", charge)
	}
}

func TestChargesACustomersDefaultCard(t *testing.T) {
	customer := &omise.Customer{}
	must(t, client.Do(customer, &operations.CreateCustomer{Email: "somchai@example.com", Card: createToken(t, "4242424242424242").ID}))
	if customer.DefaultCard == "" || customer.Cards == nil || customer.Cards.Total != 1 {
		t.Fatalf("customer: %+v", customer)
	}
	charge := &omise.Charge{}
	must(t, client.Do(charge, &operations.CreateCharge{Amount: 50000, Currency: thb, Customer: customer.ID}))
	if charge.Status != omise.ChargeSuccessful || charge.CustomerID != customer.ID {
		t.Fatalf("charge: %+v", charge)
	}
	deleted := &omise.Deletion{}
	must(t, client.Do(deleted, &operations.DestroyCustomer{CustomerID: customer.ID}))
	if !deleted.Deleted {
		t.Fatalf("deletion: %+v", deleted)
	}
}
