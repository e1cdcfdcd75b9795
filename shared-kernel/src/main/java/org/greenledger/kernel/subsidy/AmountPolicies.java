package org.greenledger.kernel.subsidy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenledger.kernel.failure.NotFound;

/** Every released amount policy by version; new decisions use the latest. */
public final class AmountPolicies {

    private static final List<AmountPolicy> RELEASED = List.of(new AmountPolicyV1());
    private static final Map<String, AmountPolicy> BY_VERSION =
            RELEASED.stream().collect(Collectors.toUnmodifiableMap(AmountPolicy::version, Function.identity()));

    private AmountPolicies() {
    }

    public static AmountPolicy current() {
        return RELEASED.get(RELEASED.size() - 1);
    }

    /** The policy a recorded decision names, to re-run it. */
    public static AmountPolicy byVersion(String version) {
        AmountPolicy policy = BY_VERSION.get(version);
        if (policy == null) {
            throw new NotFound("subsidy.unknown-amount-policy", "There is no amount policy " + version + "; released: "
                    + BY_VERSION.keySet() + ".");
        }
        return policy;
    }
}
