package org.greenledger.kernel.subsidy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenledger.kernel.failure.NotFound;

/** Every released eligibility policy by version; new assessments use the latest. */
public final class EligibilityPolicies {

    private static final List<EligibilityPolicy> RELEASED = List.of(new EligibilityPolicyV1());
    private static final Map<String, EligibilityPolicy> BY_VERSION =
            RELEASED.stream().collect(Collectors.toUnmodifiableMap(EligibilityPolicy::version, Function.identity()));

    private EligibilityPolicies() {
    }

    public static EligibilityPolicy current() {
        return RELEASED.get(RELEASED.size() - 1);
    }

    /** The policy a recorded assessment names, to re-run it. */
    public static EligibilityPolicy byVersion(String version) {
        EligibilityPolicy policy = BY_VERSION.get(version);
        if (policy == null) {
            throw new NotFound("subsidy.unknown-eligibility-policy", "There is no eligibility policy " + version
                    + "; released: " + BY_VERSION.keySet() + ".");
        }
        return policy;
    }
}
