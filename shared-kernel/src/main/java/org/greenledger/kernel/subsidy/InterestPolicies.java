package org.greenledger.kernel.subsidy;

import java.util.List;
import org.greenledger.kernel.failure.NotFound;

/** Every released interest-subsidy policy by version; new decisions use the latest. */
public final class InterestPolicies {

    private static final List<InterestPolicy> RELEASED = List.of(new InterestPolicyV1());

    private InterestPolicies() {
    }

    public static InterestPolicy current() {
        return RELEASED.get(RELEASED.size() - 1);
    }

    public static boolean released(String version) {
        return RELEASED.stream().anyMatch(policy -> policy.version().equals(version));
    }

    /** The policy a recorded decision names, to re-run it. */
    public static InterestPolicy byVersion(String version) {
        return RELEASED.stream().filter(policy -> policy.version().equals(version)).findFirst()
                .orElseThrow(() -> new NotFound("subsidy.unknown-interest-policy", "There is no interest policy " + version
                        + "; released: " + RELEASED.stream().map(InterestPolicy::version).toList() + "."));
    }
}
