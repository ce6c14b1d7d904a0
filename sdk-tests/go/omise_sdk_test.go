// The official omise-go SDK against omise-sim, through the SDK's own client, operations and types.
package sdktests

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/omise/omise-go"
	"github.com/omise/omise-go/operations"
)

const (
	thb       = "THB"
	barcode   = "134567890123456789"
	phone     = "0812345678"
	returnURI = "https://shop.example/orders/1/complete"
)

var (
	simURL    = os.Getenv("OMISE_SIM_URL")
	publicKey = envOr("OMISE_PUBLIC_KEY", "pkey_test_sdk_go")
	secretKey = envOr("OMISE_SECRET_KEY", "skey_test_sdk_go")
	client    *omise.Client
)

func TestMain(m *testing.M) {
	if simURL == "" {
		fmt.Println("skipped: OMISE_SIM_URL is not set: run through `npm run test:sdks`, which starts the simulator")
		os.Exit(0)
	}
	client = newClient(publicKey, secretKey)
	os.Exit(m.Run())
}

// newClient points omise-go at the simulator with its own override, client.Endpoints.
func newClient(pkey, skey string) *omise.Client {
	c, err := omise.NewClient(pkey, skey)
	if err != nil {
		panic(err)
	}
	c.Endpoints["https://api.omise.co"] = simURL
	c.Endpoints["https://vault.omise.co"] = simURL
	return c
}

func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

// operation sends what omise-go has no operation for (expire, mark_as_paid, mark_as_failed, a charge with
// an inline source) through the SDK's own client.Do. Operations describe themselves with a type internal
// to the SDK: a description borrowed from one of its operations is retargeted, and that type is inferred.
type operation[D any] struct {
	description D
	params      map[string]any
}

func (op *operation[D]) Describe() D                  { return op.description }
func (op *operation[D]) MarshalJSON() ([]byte, error) { return json.Marshal(op.params) }

func newOperation[D any](description D, params map[string]any) *operation[D] {
	if params == nil {
		params = map[string]any{}
	}
	return &operation[D]{description, params}
}

func chargeAction(t *testing.T, chargeID, action string, params map[string]any) *omise.Charge {
	t.Helper()
	description := (&operations.ReverseCharge{ChargeID: chargeID}).Describe()
	description.Path = "/charges/" + chargeID + "/" + action
	charge := &omise.Charge{}
	must(t, client.Do(charge, newOperation(description, params)))
	return charge
}

func createInlineCharge(c *omise.Client, amount int64, source map[string]any, extra map[string]any) (*omise.Charge, error) {
	params := map[string]any{"amount": amount, "currency": thb, "source": source}
	for name, value := range extra {
		params[name] = value
	}
	charge := &omise.Charge{}
	return charge, c.Do(charge, newOperation((&operations.CreateCharge{}).Describe(), params))
}

func inlineCharge(t *testing.T, amount int64) *omise.Charge {
	t.Helper()
	charge, err := createInlineCharge(client, amount, map[string]any{"type": "wechat_pay_upm", "barcode": barcode}, nil)
	must(t, err)
	return charge
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
}

func expectOmiseError(t *testing.T, err error, code string, status int) {
	t.Helper()
	var omiseErr *omise.Error
	if !errors.As(err, &omiseErr) {
		t.Fatalf("want *omise.Error %s, got %T %v", code, err, err)
	}
	if omiseErr.Code != code || omiseErr.StatusCode != status {
		t.Fatalf("want %d/%s, got %d/%s (%s)", status, code, omiseErr.StatusCode, omiseErr.Code, omiseErr.Message)
	}
}

func TestCreatesASourceThenAChargeOfIt(t *testing.T) {
	sources := []operations.CreateSource{
		{Type: "wechat_pay_mpm", Amount: 150000, Currency: thb},
		{Type: "alipayplus_mpm", Amount: 150000, Currency: thb},
		{Type: "promptpay", Amount: 150000, Currency: thb},
	}
	for _, create := range sources {
		source := &omise.Source{}
		must(t, client.Do(source, &create))
		charge := &omise.Charge{}
		must(t, client.Do(charge, &operations.CreateCharge{Amount: 150000, Currency: thb, Source: source.ID}))
		if charge.Status != omise.ChargePending || charge.Source.ID != source.ID || charge.Source.Type != create.Type {
			t.Fatalf("%s: unexpected charge %+v", create.Type, charge)
		}
		if charge.Source.ScannableCode == nil || charge.Source.ScannableCode.Image.DownloadURI == "" {
			t.Fatalf("%s: no QR code to download", create.Type)
		}
	}
}

func TestCreatesATrueMoneySourceWithItsPhoneNumberThenACharge(t *testing.T) {
	// omise-go v1.7.2's CreateSource has no phone_number field: the source is sent as the SDK would send it.
	description := (&operations.CreateSource{}).Describe()
	source := &omise.Source{}
	params := map[string]any{"type": "truemoney", "amount": 150000, "currency": thb, "phone_number": phone}
	must(t, client.Do(source, newOperation(description, params)))
	charge := &omise.Charge{}
	must(t, client.Do(charge, &operations.CreateCharge{Amount: 150000, Currency: thb, Source: source.ID, ReturnURI: returnURI}))
	if charge.Status != omise.ChargePending || charge.AuthorizeURI == "" || charge.ReturnURI != returnURI {
		t.Fatalf("unexpected charge %+v", charge)
	}
}

func TestCreatesAChargeWithAnInlineSourceForEveryMethod(t *testing.T) {
	cases := []struct {
		source map[string]any
		extra  map[string]any
	}{
		{map[string]any{"type": "wechat_pay_mpm"}, nil},
		{map[string]any{"type": "wechat_pay_upm", "barcode": barcode}, nil},
		{map[string]any{"type": "alipayplus_mpm"}, nil},
		{map[string]any{"type": "truemoney", "phone_number": phone}, map[string]any{"return_uri": returnURI}},
		{map[string]any{"type": "barcode_wechat", "barcode": barcode}, nil},
		{map[string]any{"type": "promptpay"}, nil},
	}
	for _, each := range cases {
		charge, err := createInlineCharge(client, 150000, each.source, each.extra)
		must(t, err)
		if charge.Status != omise.ChargePending || charge.Source.Type != each.source["type"] {
			t.Fatalf("%v: unexpected charge %+v", each.source["type"], charge)
		}
	}
}

func TestRetrievesAChargeAndItsSource(t *testing.T) {
	created := inlineCharge(t, 150000)
	charge := &omise.Charge{}
	must(t, client.Do(charge, &operations.RetrieveCharge{ChargeID: created.ID}))
	source := &omise.Source{}
	must(t, client.Do(source, &operations.RetrieveSource{SourceID: charge.Source.ID}))
	if charge.ID != created.ID || charge.Amount != 150000 || source.Type != "wechat_pay_upm" {
		t.Fatalf("unexpected charge %+v / source %+v", charge, source)
	}
}

func TestListsChargesPageByPage(t *testing.T) {
	ids := []string{}
	for i := int64(0); i < 3; i++ {
		ids = append(ids, inlineCharge(t, 20000+i).ID)
	}
	first, second := &omise.ChargeList{}, &omise.ChargeList{}
	page := operations.List{Limit: 2, Offset: 0, Order: omise.ReverseChronological}
	must(t, client.Do(first, &operations.ListCharges{List: page}))
	page.Offset = 2
	must(t, client.Do(second, &operations.ListCharges{List: page}))
	if len(first.Data) != 2 || first.Data[0].ID != ids[2] || first.Data[1].ID != ids[1] || first.Limit != 2 {
		t.Fatalf("unexpected first page %+v", first.List)
	}
	if second.Offset != 2 || second.Data[0].ID != ids[0] || second.Total != first.Total {
		t.Fatalf("unexpected second page %+v", second.List)
	}
}

func TestUpdatesTheDescriptionAndMetadataOfACharge(t *testing.T) {
	created := inlineCharge(t, 150000)
	charge := &omise.Charge{}
	update := &operations.UpdateCharge{ChargeID: created.ID, Description: "order 42", Metadata: map[string]any{"order": "42"}}
	must(t, client.Do(charge, update))
	if charge.Description == nil || *charge.Description != "order 42" || charge.Metadata["order"] != "42" {
		t.Fatalf("unexpected charge %+v", charge)
	}
}

func TestExpiresAPendingCharge(t *testing.T) {
	charge := chargeAction(t, inlineCharge(t, 150000).ID, "expire", nil)
	if charge.Status != omise.ChargeStatus("expired") { // omise-go has no ChargeExpired constant
		t.Fatalf("want expired, got %s", charge.Status)
	}
}

func TestMarksChargesAsPaidAndAsFailed(t *testing.T) {
	paid := chargeAction(t, inlineCharge(t, 150000).ID, "mark_as_paid", nil)
	if paid.Status != omise.ChargeSuccessful || !paid.Paid {
		t.Fatalf("unexpected paid charge %+v", paid)
	}
	params := map[string]any{"failure_code": "insufficient_fund"}
	failed := chargeAction(t, inlineCharge(t, 150000).ID, "mark_as_failed", params)
	if failed.Status != omise.ChargeFailed || failed.FailureCode == nil || *failed.FailureCode != "insufficient_fund" {
		t.Fatalf("unexpected failed charge %+v", failed)
	}
}

func TestRefundsAPaidChargeListsAndRetrievesTheRefund(t *testing.T) {
	charge := chargeAction(t, inlineCharge(t, 150000).ID, "mark_as_paid", nil)
	refund, list, retrieved := &omise.Refund{}, &omise.RefundList{}, &omise.Refund{}
	must(t, client.Do(refund, &operations.CreateRefund{ChargeID: charge.ID, Amount: 50000}))
	must(t, client.Do(list, &operations.ListRefunds{ChargeID: charge.ID}))
	must(t, client.Do(retrieved, &operations.RetrieveRefund{ChargeID: charge.ID, RefundID: refund.ID}))
	if refund.Amount != 50000 || refund.Charge != charge.ID || list.Total != 1 || list.Data[0].ID != refund.ID {
		t.Fatalf("unexpected refund %+v / list %+v", refund, list.List)
	}
	if retrieved.ID != refund.ID {
		t.Fatalf("retrieved %s, want %s", retrieved.ID, refund.ID)
	}
}

func TestListsAndRetrievesEvents(t *testing.T) {
	charge := chargeAction(t, inlineCharge(t, 150000).ID, "mark_as_paid", nil)
	events := &omise.EventList{}
	must(t, client.Do(events, &operations.ListEvents{List: operations.List{Limit: 2, Order: omise.ReverseChronological}}))
	if len(events.Data) != 2 || events.Data[0].Key != "charge.complete" || events.Data[1].Key != "charge.create" {
		t.Fatalf("unexpected events %+v", events.Data)
	}
	event := &omise.Event{}
	must(t, client.Do(event, &operations.RetrieveEvent{EventID: events.Data[0].ID}))
	data, ok := event.Data.(*omise.Charge)
	if !ok || data.ID != charge.ID || data.Status != omise.ChargeSuccessful {
		t.Fatalf("unexpected event data %#v", event.Data)
	}
}

func TestHonoursATypedExpiresAt(t *testing.T) {
	source := &omise.Source{}
	must(t, client.Do(source, &operations.CreateSource{Type: "wechat_pay_mpm", Amount: 150000, Currency: thb}))
	expiresAt := time.Now().Add(time.Hour) // marshalled as RFC 3339 with nanoseconds
	charge := &omise.Charge{}
	must(t, client.Do(charge, &operations.CreateCharge{Amount: 150000, Currency: thb, Source: source.ID, ExpiresAt: &expiresAt}))
	if !charge.ExpiresAt.Equal(expiresAt.Truncate(time.Second)) {
		t.Fatalf("expires_at %v, want %v", charge.ExpiresAt, expiresAt.Truncate(time.Second))
	}
}

func TestDecodesEveryEventOfTheAccount(t *testing.T) {
	chargeAction(t, inlineCharge(t, 150000).ID, "mark_as_paid", nil)
	events := &omise.EventList{}
	must(t, client.Do(events, &operations.ListEvents{List: operations.List{Limit: 100}}))
	for _, event := range events.Data {
		switch event.Data.(type) {
		case *omise.Charge, *omise.Refund, *omise.Customer, *omise.Card, *omise.Deletion:
		default:
			t.Fatalf("%s: data decoded as %T", event.Key, event.Data)
		}
	}
	if events.Total < 2 {
		t.Fatalf("want events, got %d", events.Total)
	}
}

func TestRetrievesTheCapability(t *testing.T) {
	capability := &omise.Capability{}
	must(t, client.Do(capability, &operations.RetrieveCapability{}))
	names := map[string]bool{}
	for _, method := range capability.PaymentMethods {
		names[method.Name] = len(method.Currencies) > 0
	}
	for _, want := range []string{"wechat_pay_mpm", "wechat_pay_upm", "alipayplus_mpm", "truemoney", "barcode_wechat"} {
		if !names[want] {
			t.Fatalf("capability lacks %s (or its currencies): %+v", want, capability.PaymentMethods)
		}
	}
}

func TestAWrongKeyIsAnAuthenticationFailure(t *testing.T) {
	err := newClient(publicKey, "skey_wrong").Do(&omise.ChargeList{}, &operations.ListCharges{})
	expectOmiseError(t, err, "authentication_failure", 401)
}

func TestAnUnknownChargeIsNotFound(t *testing.T) {
	err := client.Do(&omise.Charge{}, &operations.RetrieveCharge{ChargeID: "chrg_test_missing"})
	expectOmiseError(t, err, "not_found", 404)
}

func TestAnAmountUnderTheMinimumIsAnInvalidCharge(t *testing.T) {
	_, err := createInlineCharge(client, 100, map[string]any{"type": "wechat_pay_upm", "barcode": barcode}, nil)
	expectOmiseError(t, err, "invalid_charge", 400)
}

func TestRetrievesTheAccountTheBalanceAndTheTransactionAPaidChargeMakes(t *testing.T) {
	account, before, after := &omise.Account{}, &omise.Balance{}, &omise.Balance{}
	must(t, client.Do(account, &operations.RetrieveAccount{}))
	if account.Object != "account" || account.Email == "" {
		t.Fatalf("unexpected account %+v", account)
	}
	must(t, client.Do(before, &operations.RetrieveBalance{}))
	charge := chargeAction(t, inlineCharge(t, 150000).ID, "mark_as_paid", nil)
	const net = 147352 // 150000 less the 1.65 % fee and 7 % VAT on it (omise-go's Charge has no net)
	must(t, client.Do(after, &operations.RetrieveBalance{}))
	if after.Currency != thb || after.Total-before.Total != net || after.Transferable != after.Total {
		t.Fatalf("balance went from %+v to %+v for a charge of net %d", before, after, net)
	}
	transaction, list := &omise.Transaction{}, &omise.TransactionList{}
	must(t, client.Do(transaction, &operations.RetrieveTransaction{TransactionID: charge.Transaction}))
	if transaction.ID != charge.Transaction || transaction.Amount != net || transaction.Currency != thb {
		t.Fatalf("unexpected transaction %+v for charge %s", transaction, charge.ID)
	}
	must(t, client.Do(list, &operations.ListTransactions{List: operations.List{Order: omise.ReverseChronological, Limit: 1}}))
	if list.Total < 1 || list.Data[0].ID != charge.Transaction {
		t.Fatalf("the newest transaction is not the charge's: %+v", list.List)
	}
}
