package org.greenledger.kernel.subsidy;

import java.util.Objects;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenlist.Percent;

/**
 * One part of a programme's tranche plan: a share of the grant released at a moment.
 *
 * @param share   the share of the grant, above 0 and at most 100 percent
 * @param release when it is released
 */
public record Tranche(Percent share, TrancheRelease release) {

    public Tranche {
        Objects.requireNonNull(share, "share");
        if (share.value().signum() == 0) {
            throw new InvalidInput("tranche.share-zero", "A tranche has a share above 0%.");
        }
        if (release == null) {
            throw new InvalidInput("tranche.release-missing", "A tranche says when it is released: ON_GRANT or ON_ACCEPTANCE.");
        }
    }
}
