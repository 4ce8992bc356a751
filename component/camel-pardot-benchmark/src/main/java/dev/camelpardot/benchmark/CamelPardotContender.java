package dev.camelpardot.benchmark;

import java.util.Map;

import dev.camelpardot.api.ApiStats;
import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotConfiguration;
import dev.camelpardot.camel.PardotEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Contender C, camel-pardot: a route from {@code direct:} to {@code pardot:external-activity} with {@code Map}
 * bodies, the component configured with the emulator's credentials and its defaults otherwise (5 requests in
 * flight per business unit, 5 retries from 250 ms with full jitter).
 */
final class CamelPardotContender implements Contender {

    static final String ROUTE_INPUT = "direct:camel-pardot";

    private CamelContext context;
    private CamelRouteInput input;
    private PardotEndpoint endpoint;

    @Override
    public String id() {
        return "C";
    }

    @Override
    public String description() {
        return "camel-pardot, Map bodies";
    }

    @Override
    public void start(Target target) throws Exception {
        context = new DefaultCamelContext();
        PardotComponent pardot = new PardotComponent();
        PardotConfiguration configuration = pardot.getConfiguration();
        configuration.setLoginUrl(target.baseUrl());
        configuration.setPardotUrl(target.baseUrl());
        configuration.setClientId(target.clientId());
        configuration.setClientSecret(target.clientSecret());
        configuration.setRefreshToken(target.refreshToken());
        configuration.setBusinessUnitId(target.businessUnitId());
        context.addComponent("pardot", pardot);
        String uri = "pardot:external-activity?extension=" + target.extension() + "&type=" + target.type();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ROUTE_INPUT).routeId("camel-pardot").to(uri);
            }
        });
        context.start();
        endpoint = context.getEndpoint(uri, PardotEndpoint.class);
        input = new CamelRouteInput(context, ROUTE_INPUT);
    }

    @Override
    public boolean send(Map<String, Object> body, Completion done) {
        return input.send(body, done);
    }

    @Override
    public long retries() {
        return stats().retries();
    }

    ApiStats stats() {
        return endpoint.getConnection().api().stats();
    }

    @Override
    public void close() throws Exception {
        if (input != null) {
            input.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
