package dev.camelpardot.emulator;

import java.util.List;

/**
 * One resource of the Account Engagement v5 API behind {@link AccountEngagementEndpoint}: the endpoint has
 * already passed the request through the gates every v5 call shares (faults, business unit, token, limits), so
 * a resource only answers the request itself.
 */
interface AccountEngagementResource {

    /** Whether this resource answers the path. */
    boolean serves(String path);

    /** The HTTP methods the path allows, e.g. {@code GET, POST}. */
    List<String> methods(String path);

    /** @throws AccountEngagementError for a request Account Engagement would refuse */
    Reply handle(EmulatorRequest request, String businessUnitId);
}
