package omisesim;

import co.omise.Client;
import co.omise.Config;
import co.omise.Configurer;
import co.omise.Endpoint;
import co.omise.Serializer;
import co.omise.requests.RequesterImpl;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * omise-java has no host option: Endpoint.API is https://api.omise.co, hard-coded. This client signs each
 * request as the SDK does (Configurer: keys chosen by the original host, User-Agent, Omise-Version), then an
 * OkHttp interceptor rewrites the URL to the simulator and plain HTTP is allowed (the SDK allows only TLS).
 */
final class SimulatorClient {
    private SimulatorClient() {}

    static Client create(String simulatorUrl, String publicKey, String secretKey) {
        Config config = new Config(Endpoint.API_VERSION, publicKey, secretKey);
        HttpUrl simulator = HttpUrl.parse(simulatorUrl);
        OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    Request signed = Configurer.configure(config, chain.request());
                    HttpUrl url = signed.url().newBuilder()
                            .scheme(simulator.scheme()).host(simulator.host()).port(simulator.port()).build();
                    return chain.proceed(signed.newBuilder().url(url).build());
                })
                .connectionSpecs(Arrays.asList(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
        return new Client(new RequesterImpl(http, Serializer.defaultSerializer()));
    }
}
