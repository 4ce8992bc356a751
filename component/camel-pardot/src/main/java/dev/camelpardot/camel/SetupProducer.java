package dev.camelpardot.camel;

import dev.camelpardot.setup.SetupOperations;
import dev.camelpardot.setup.SetupService;
import dev.camelpardot.setup.ToolingRepository;
import org.apache.camel.Exchange;

/**
 * The base of the setup-as-code producers ({@code pardot:extension}, {@code pardot:activity-type}): the Tooling
 * services they call are stateless over the endpoint's connection, so they are built once when the producer starts
 * rather than for every exchange.
 */
abstract class SetupProducer extends PardotProducer {

    protected final PardotOperation operation;
    protected final SetupInputs inputs;
    protected SetupOperations records;
    protected SetupService setup;

    SetupProducer(PardotEndpoint endpoint) {
        super(endpoint);
        this.operation = endpoint.resolvedOperation();
        this.inputs = new SetupInputs(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // the endpoint is started by now, so its connection (and API) exists
        ToolingRepository repository = new ToolingRepository(getEndpoint().api());
        records = new SetupOperations(repository);
        setup = new SetupService(repository, getEndpoint().getConfiguration().getBusinessUnitId());
    }

    /** The setup service for the exchange's business unit (the header, else the endpoint's). */
    protected SetupService setupFor(Exchange exchange) {
        String businessUnitId = BusinessUnitIds.of(exchange, getEndpoint().getConfiguration());
        return setup.forBusinessUnit(businessUnitId);
    }

    @Override
    protected void doStop() throws Exception {
        records = null;
        setup = null;
        super.doStop();
    }
}
