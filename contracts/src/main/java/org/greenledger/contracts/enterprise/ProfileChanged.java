package org.greenledger.contracts.enterprise;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * An enterprise's profile became this one. The whole profile is recorded, not the difference,
 * so each event reads on its own in an audit.
 *
 * @param uscc          the enterprise
 * @param name          its registered name
 * @param divisionCode  where it is registered (GB/T 2260)
 * @param industryCode  its industry (GB/T 4754)
 * @param keyEnergyUser whether it is a key energy user (重点用能单位)
 * @param changedAt     when
 */
@Revision("1")
public record ProfileChanged(
        Uscc uscc, String name, DivisionCode divisionCode, IndustryCode industryCode,
        boolean keyEnergyUser, Instant changedAt) implements EnterpriseEvent {
}
