package org.greenledger.kernel.greenfinance;

import java.util.List;
import org.greenledger.kernel.failure.NotFound;

/** Every released green-credit policy by version; new checks use the latest. */
public final class GreenCreditPolicies {

    private static final List<GreenCreditPolicy> RELEASED = List.of(new GreenCreditPolicyV1());

    private GreenCreditPolicies() {
    }

    public static GreenCreditPolicy current() {
        return RELEASED.get(RELEASED.size() - 1);
    }

    /** The policy a recorded check names, to re-run it. */
    public static GreenCreditPolicy byVersion(String version) {
        return RELEASED.stream().filter(policy -> policy.version().equals(version)).findFirst()
                .orElseThrow(() -> new NotFound("greenfinance.unknown-policy", "There is no green-credit policy " + version
                        + "; released: " + RELEASED.stream().map(GreenCreditPolicy::version).toList() + "."));
    }
}
