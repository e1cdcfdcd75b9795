package org.greenledger.contracts.enterprise;

import java.time.Instant;
import java.util.List;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * An enterprise as the registry read model knows it.
 *
 * @param uscc              the enterprise
 * @param name              its registered name
 * @param divisionCode      where it is registered (GB/T 2260)
 * @param districtName      the Shanghai district's name, or {@code null} outside Shanghai's districts
 * @param industryCode      its industry (GB/T 4754)
 * @param keyEnergyUser     whether it is a key energy user (重点用能单位)
 * @param dishonest         whether it is on the dishonesty (失信) list now
 * @param dishonestyReason  the reason it is on the list, or {@code null}
 * @param energyAudits      its recorded energy audits, in the order recorded
 * @param registeredAt      when it was registered
 * @param updatedAt         when the last change to it was recorded
 * @param position          global position of the last event this profile reflects
 */
public record EnterpriseProfile(
        Uscc uscc, String name, DivisionCode divisionCode, String districtName, IndustryCode industryCode,
        boolean keyEnergyUser, boolean dishonest, String dishonestyReason, List<EnergyAudit> energyAudits,
        Instant registeredAt, Instant updatedAt, long position) {

    public EnterpriseProfile {
        energyAudits = List.copyOf(energyAudits);
    }
}
