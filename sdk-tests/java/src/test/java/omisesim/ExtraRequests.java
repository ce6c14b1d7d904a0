package omisesim;

import co.omise.Endpoint;
import co.omise.models.Charge;
import co.omise.models.Source;
import co.omise.requests.RequestBuilder;
import co.omise.requests.ResponseType;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;

/**
 * Requests omise-java 4.0.2 cannot express with its own builders, written the way its builders are
 * (RequestBuilder subclasses with Jackson-annotated fields): its SourceType enum has no wechat_pay_mpm,
 * wechat_pay_upm or alipayplus_mpm, its Source builder has no phone_number, and its Charge builder takes
 * a source id only, never an inline source (which the B-scan-C methods require).
 */
final class ExtraRequests {
    private ExtraRequests() {}

    static final class CreateSource extends RequestBuilder<Source> {
        @JsonProperty private final String type;
        @JsonProperty private final long amount;
        @JsonProperty private final String currency;
        @JsonProperty("phone_number") private String phoneNumber;

        CreateSource(String type, long amount, String currency) {
            this.type = type;
            this.amount = amount;
            this.currency = currency;
        }

        CreateSource phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        @Override protected String method() { return POST; }
        @Override protected HttpUrl path() { return buildUrl(Endpoint.API, "sources"); }
        @Override protected ResponseType<Source> type() { return new ResponseType<>(Source.class); }
        @Override protected RequestBody payload() throws IOException { return serialize(); }
    }

    static final class CreateCharge extends RequestBuilder<Charge> {
        @JsonProperty private final long amount;
        @JsonProperty private final String currency;
        @JsonProperty private Map<String, Object> source;
        @JsonProperty("return_uri") private String returnUri;

        CreateCharge(long amount, String currency) {
            this.amount = amount;
            this.currency = currency;
        }

        CreateCharge inlineSource(Map<String, Object> source) {
            this.source = source;
            return this;
        }

        CreateCharge returnUri(String returnUri) {
            this.returnUri = returnUri;
            return this;
        }

        @Override protected String method() { return POST; }
        @Override protected HttpUrl path() { return buildUrl(Endpoint.API, "charges"); }
        @Override protected ResponseType<Charge> type() { return new ResponseType<>(Charge.class); }
        @Override protected RequestBody payload() throws IOException { return serialize(); }
    }
}
