package omisesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.omise.Client;
import co.omise.models.Card;
import co.omise.models.Charge;
import co.omise.models.ChargeStatus;
import co.omise.models.Customer;
import co.omise.models.OmiseException;
import co.omise.models.Refund;
import co.omise.models.Token;
import co.omise.requests.Request;
import java.io.IOException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Card flows through omise-java: tokens on the vault (public key), charges, capture, reverse, customers. */
class OmiseJavaCardTest {
    static final String SIM_URL = System.getenv("OMISE_SIM_URL");
    static Client client;

    @BeforeAll
    static void connect() {
        Assumptions.assumeTrue(SIM_URL != null,
                "OMISE_SIM_URL is not set: run through `npm run test:sdks`, which starts the simulator");
        client = SimulatorClient.create(SIM_URL, OmiseJavaSdkTest.envOr("OMISE_PUBLIC_KEY", "pkey_test_sdk_java") + "_cards",
                OmiseJavaSdkTest.envOr("OMISE_SECRET_KEY", "skey_test_sdk_java") + "_cards");
    }

    static <T extends co.omise.models.OmiseObjectBase> T send(Request<T> request) throws IOException, OmiseException {
        return client.sendRequest(request);
    }

    static Token token(String number) throws IOException, OmiseException {
        return send(new Token.CreateRequestBuilder()
                .card(new Card.Create().name("Somchai Prasert").number(number).securityCode("123").expiration(12, 2099))
                .build());
    }

    static Charge charge(Charge.CreateRequestBuilder builder) throws IOException, OmiseException {
        return send(builder.amount(100000).currency("THB").build());
    }

    @Test
    void tokenizesACardAndRetrievesTheToken() throws Exception {
        Token token = token("4242424242424242");
        assertEquals("Visa", token.getCard().getBrand());
        assertEquals("4242", token.getCard().getLastDigits());
        assertEquals(token.getId(), send(new Token.GetRequestBuilder(token.getId()).build()).getId());
    }

    @Test
    void rejectsAnInvalidCardWithInvalidCard() {
        OmiseException error = assertThrows(OmiseException.class, () -> token("4242424242424241"));
        assertEquals("invalid_card", error.getCode());
    }

    @Test
    void chargesATokenThenRefundsPartOfIt() throws Exception {
        Charge charge = charge(new Charge.CreateRequestBuilder().card(token("4242424242424242").getId()).capture(true));
        assertEquals(ChargeStatus.Successful, charge.getStatus());
        assertTrue(charge.isPaid());
        Refund refund = send(new Refund.CreateRequestBuilder(charge.getId()).amount(40000).build());
        assertEquals(40000, refund.getAmount());
    }

    @Test
    void authorizesThenCaptures() throws Exception {
        Charge auth = charge(new Charge.CreateRequestBuilder().card(token("4242424242424242").getId()).capture(false));
        assertEquals(ChargeStatus.Pending, auth.getStatus());
        assertFalse(auth.isCapture());
        Charge captured = send(new Charge.CaptureRequestBuilder(auth.getId()).build());
        assertTrue(captured.isPaid());
        assertEquals(ChargeStatus.Successful, captured.getStatus());
    }

    @Test
    void reversesAnAuthorization() throws Exception {
        Charge auth = charge(new Charge.CreateRequestBuilder().card(token("4242424242424242").getId()).capture(false));
        Charge reversed = send(new Charge.ReverseRequestBuilder(auth.getId()).build());
        assertEquals(ChargeStatus.Reversed, reversed.getStatus());
    }

    @Test
    void failsAChargeOfTheInsufficientFundCard() throws Exception {
        Charge charge = charge(new Charge.CreateRequestBuilder().card(token("4111111111140011").getId()).capture(true));
        assertEquals(ChargeStatus.Failed, charge.getStatus());
        assertEquals("insufficient_fund", charge.getFailureCode());
    }

    @Test
    void chargesACustomersDefaultCard() throws Exception {
        Customer customer = send(new Customer.CreateRequestBuilder()
                .email("somchai@example.com").card(token("4242424242424242").getId()).build());
        assertEquals(1, customer.getCards().getTotal());
        Charge charge = charge(new Charge.CreateRequestBuilder().customer(customer.getId()).capture(true));
        assertEquals(ChargeStatus.Successful, charge.getStatus());
        assertEquals(customer.getId(), charge.getCustomer());
        Customer deleted = send(new Customer.DeleteRequestBuilder(customer.getId()).build());
        assertTrue(deleted.isDeleted());
    }
}
