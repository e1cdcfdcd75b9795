package org.greenledger.contracts.enterprise;

import org.greenledger.kernel.enterprise.Uscc;

/**
 * What is this enterprise's profile? Answered with an {@link EnterpriseProfile}, or with nothing
 * when no such enterprise is registered.
 *
 * @param uscc the enterprise
 */
public record FindEnterprise(Uscc uscc) {
}
