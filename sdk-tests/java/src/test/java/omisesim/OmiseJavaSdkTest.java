package omisesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.omise.Client;
import co.omise.models.Account;
import co.omise.models.Balance;
import co.omise.models.Capability;
import co.omise.models.Charge;
import co.omise.models.ChargeStatus;
import co.omise.models.Event;
import co.omise.models.OmiseException;
import co.omise.models.Ordering;
import co.omise.models.PaymentMethod;
import co.omise.models.Refund;
import co.omise.models.ScopedList;
import co.omise.models.Source;
import co.omise.models.Transaction;
import co.omise.models.TransactionDirection;
import co.omise.requests.Request;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.joda.time.DateTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The official omise-java SDK against omise-sim, through its own Client, request builders and models. */
class OmiseJavaSdkTest {
    static final String SIM_URL = System.getenv("OMISE_SIM_URL");
    static final String PUBLIC_KEY = envOr("OMISE_PUBLIC_KEY", "pkey_test_sdk_java");
    static final String SECRET_KEY = envOr("OMISE_SECRET_KEY", "skey_test_sdk_java");
    static final String THB = "THB";
    static final String BARCODE = "134567890123456789";
    static final String PHONE = "0812345678";
    static final String RETURN_URI = "https://shop.example/orders/1/complete";

    static Client client;

    @BeforeAll
    static void connect() {
        Assumptions.assumeTrue(SIM_URL != null,
                "OMISE_SIM_URL is not set: run through `npm run test:sdks`, which starts the simulator");
        client = SimulatorClient.create(SIM_URL, PUBLIC_KEY, SECRET_KEY);
    }

    static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static <T extends co.omise.models.OmiseObjectBase> T send(Request<T> request) throws IOException, OmiseException {
        return client.sendRequest(request);
    }

    static Charge inlineCharge(long amount) throws IOException, OmiseException {
        return send(new ExtraRequests.CreateCharge(amount, THB)
                .inlineSource(Map.of("type", "wechat_pay_upm", "barcode", BARCODE)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wechat_pay_mpm", "alipayplus_mpm", "truemoney", "promptpay"})
    void createsASourceThenAChargeOfIt(String type) throws Exception {
        ExtraRequests.CreateSource create = new ExtraRequests.CreateSource(type, 150000, THB);
        if (type.equals("truemoney")) create.phoneNumber(PHONE);
        Source source = send(create.build());
        assertEquals(ChargeStatus.Unknown, source.getChargeStatus());
        Charge charge = send(new Charge.CreateRequestBuilder()
                .source(source.getId()).amount(150000).currency(THB).returnUri(RETURN_URI).build());
        assertEquals(ChargeStatus.Pending, charge.getStatus());
        assertEquals(source.getId(), charge.getSource().getId());
        if (!type.equals("truemoney")) {
            assertTrue(charge.getSource().getScannableCode().getImage().getDownloadUri().contains("/downloads/"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wechat_pay_mpm", "wechat_pay_upm", "alipayplus_mpm", "truemoney", "barcode_wechat", "promptpay"})
    void createsAChargeWithAnInlineSource(String type) throws Exception {
        Map<String, Object> source = switch (type) {
            case "wechat_pay_upm", "barcode_wechat" -> Map.of("type", type, "barcode", BARCODE);
            case "truemoney" -> Map.of("type", type, "phone_number", PHONE);
            default -> Map.of("type", type);
        };
        Charge charge = send(new ExtraRequests.CreateCharge(150000, THB).inlineSource(source).returnUri(RETURN_URI).build());
        assertEquals(ChargeStatus.Pending, charge.getStatus());
        assertEquals(ChargeStatus.Pending, charge.getSource().getChargeStatus());
    }

    @Test
    void retrievesAChargeAndItsSource() throws Exception {
        Charge created = inlineCharge(150000);
        Charge charge = send(new Charge.GetRequestBuilder(created.getId()).build());
        assertEquals(150000, charge.getAmount());
        Source source = send(new Source.GetRequestBuilder(charge.getSource().getId()).build());
        assertEquals(ChargeStatus.Pending, source.getChargeStatus());
    }

    @Test
    void listsChargesPageByPage() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) ids.add(inlineCharge(20000 + i).getId());
        ScopedList<Charge> first = send(new Charge.ListRequestBuilder()
                .options(new ScopedList.Options().limit(2).offset(0).order(Ordering.ReverseChronological)).build());
        ScopedList<Charge> second = send(new Charge.ListRequestBuilder()
                .options(new ScopedList.Options().limit(2).offset(2).order(Ordering.ReverseChronological)).build());
        assertEquals(List.of(ids.get(2), ids.get(1)), first.getData().stream().map(Charge::getId).collect(Collectors.toList()));
        assertEquals(2, first.getLimit());
        assertEquals(ids.get(0), second.getData().get(0).getId());
        assertEquals(first.getTotal(), second.getTotal());
    }

    @Test
    void updatesTheDescriptionAndMetadataOfACharge() throws Exception {
        Charge created = inlineCharge(150000);
        Charge charge = send(new Charge.UpdateRequestBuilder(created.getId())
                .description("order 42").metadata("order", "42").build());
        assertEquals("order 42", charge.getDescription());
        assertEquals("42", charge.getMetadata().get("order"));
    }

    @Test
    void expiresAPendingCharge() throws Exception {
        Charge charge = send(new Charge.ExpireRequestBuilder(inlineCharge(150000).getId()).build());
        assertEquals(ChargeStatus.Expired, charge.getStatus());
    }

    @Test
    void marksChargesAsPaidAndAsFailed() throws Exception {
        Charge paid = send(new Charge.MarkAsPaidRequestBuilder(inlineCharge(150000).getId()).build());
        assertEquals(ChargeStatus.Successful, paid.getStatus());
        assertTrue(paid.isPaid());
        // The builder sends no parameters (an empty form body): the charge fails with the method's default code.
        Charge failed = send(new Charge.MarkAsFailedRequestBuilder(inlineCharge(150000).getId()).build());
        assertEquals(ChargeStatus.Failed, failed.getStatus());
        assertEquals("payment_rejected", failed.getFailureCode());
    }

    @Test
    void retrievesTheAccountTheBalanceAndTheTransactionAPaidChargeMakes() throws Exception {
        Account account = send(new Account.GetRequestBuilder().build());
        assertEquals("TH", account.getCountry());
        assertEquals(THB, account.getCurrency());
        Balance before = send(new Balance.GetRequestBuilder().build());
        Charge charge = send(new Charge.MarkAsPaidRequestBuilder(inlineCharge(150000).getId()).build());
        Balance after = send(new Balance.GetRequestBuilder().build());
        assertEquals(charge.getNet(), after.getTotal() - before.getTotal());
        assertEquals(after.getTotal(), after.getTransferable());
        Transaction transaction = send(new Transaction.GetRequestBuilder(charge.getTransaction()).build());
        assertEquals(charge.getNet(), transaction.getAmount());
        assertEquals(TransactionDirection.Credit, transaction.getDirection());
        assertEquals(charge.getId(), transaction.getOrigin());
        ScopedList<Transaction> newest = send(new Transaction.ListRequestBuilder()
                .options(new ScopedList.Options().order(Ordering.ReverseChronological).limit(1)).build());
        assertEquals(charge.getTransaction(), newest.getData().get(0).getId());
    }

    @Test
    void refundsAPaidChargeListsAndRetrievesTheRefund() throws Exception {
        Charge charge = send(new Charge.MarkAsPaidRequestBuilder(inlineCharge(150000).getId()).build());
        Refund refund = send(new Refund.CreateRequestBuilder(charge.getId()).amount(50000).metadata("reason", "broken").build());
        assertEquals(50000, refund.getAmount());
        assertEquals(charge.getId(), refund.getCharge());
        ScopedList<Refund> ofCharge = send(new Refund.ListRequestBuilder(charge.getId()).build());
        assertEquals(List.of(refund.getId()), ofCharge.getData().stream().map(Refund::getId).collect(Collectors.toList()));
        assertEquals(refund.getId(), send(new Refund.GetRequestBuilder(charge.getId(), refund.getId()).build()).getId());
        ScopedList<Refund> all = send(new Refund.ListRefundsRequestBuilder()
                .options(new ScopedList.Options().order(Ordering.ReverseChronological)).build());
        assertEquals(refund.getId(), all.getData().get(0).getId());
    }

    @Test
    void listsAndRetrievesEvents() throws Exception {
        Charge charge = send(new Charge.MarkAsPaidRequestBuilder(inlineCharge(150000).getId()).build());
        ScopedList<Event> events = send(new Event.ListRequestBuilder()
                .options(new ScopedList.Options().limit(2).order(Ordering.ReverseChronological)).build());
        assertEquals(List.of("charge.complete", "charge.create"),
                events.getData().stream().map(Event::getKey).collect(Collectors.toList()));
        Event<?> event = send(new Event.GetRequestBuilder(events.getData().get(0).getId()).build());
        Charge data = (Charge) event.getData();
        assertEquals(charge.getId(), data.getId());
        assertEquals(ChargeStatus.Successful, data.getStatus());
        ScopedList<Event> ofCharge = send(new Charge.ListEventsRequestBuilder(charge.getId()).build());
        assertEquals(2, ofCharge.getTotal());
    }

    @Test
    void honoursATypedExpiresAt() throws Exception {
        Source source = send(new ExtraRequests.CreateSource("wechat_pay_mpm", 150000, THB).build());
        DateTime expiresAt = DateTime.now().plusHours(1); // serialized with the JVM's zone offset
        Charge charge = send(new Charge.CreateRequestBuilder()
                .source(source.getId()).amount(150000).currency(THB).expiresAt(expiresAt).build());
        assertEquals(expiresAt.getMillis() / 1000, charge.getExpiresAt().getMillis() / 1000);
    }

    @Test
    void decodesEveryEventOfTheAccount() throws Exception {
        send(new Charge.MarkAsPaidRequestBuilder(inlineCharge(150000).getId()).build());
        ScopedList<Event> events = send(new Event.ListRequestBuilder().options(new ScopedList.Options().limit(100)).build());
        assertTrue(events.getTotal() >= 2);
        for (Event<?> event : events.getData()) {
            assertTrue(event.getData() instanceof Charge || event.getData() instanceof Refund, event.getKey());
        }
    }

    @Test
    void retrievesTheCapability() throws Exception {
        Capability capability = send(new Capability.GetRequestBuilder().build());
        List<String> names = capability.getPaymentMethods().stream().map(PaymentMethod::getName).collect(Collectors.toList());
        assertTrue(names.containsAll(List.of("wechat_pay_mpm", "wechat_pay_upm", "alipayplus_mpm", "truemoney", "barcode_wechat")),
                names.toString());
    }

    @Test
    void aWrongKeyIsAnAuthenticationFailure() {
        Client wrong = SimulatorClient.create(SIM_URL, PUBLIC_KEY, "skey_wrong");
        OmiseException error = assertThrows(OmiseException.class,
                () -> wrong.sendRequest(new Charge.ListRequestBuilder().build()));
        assertEquals("authentication_failure", error.getCode());
        assertEquals(401, error.getHttpStatusCode());
    }

    @Test
    void anUnknownChargeIsNotFound() {
        OmiseException error = assertThrows(OmiseException.class,
                () -> send(new Charge.GetRequestBuilder("chrg_test_missing").build()));
        assertEquals("not_found", error.getCode());
        assertEquals(404, error.getHttpStatusCode());
    }

    @Test
    void aTrueMoneySourceWithoutPhoneNumberIsABadRequest() {
        // omise-java 4.0.2's own Source.CreateRequestBuilder cannot send phone_number: the API refuses it.
        OmiseException error = assertThrows(OmiseException.class, () -> send(new Source.CreateRequestBuilder()
                .type(co.omise.models.SourceType.TrueMoney).amount(150000).currency(THB).build()));
        assertEquals("bad_request", error.getCode());
        assertEquals(400, error.getHttpStatusCode());
        assertNotNull(error.getMessage());
    }

    @Test
    void anAmountUnderTheMinimumIsAnInvalidCharge() {
        OmiseException error = assertThrows(OmiseException.class, () -> inlineCharge(100));
        assertEquals("invalid_charge", error.getCode());
        assertEquals(400, error.getHttpStatusCode());
    }
}
