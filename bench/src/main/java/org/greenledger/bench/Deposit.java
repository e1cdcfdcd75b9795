package org.greenledger.bench;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

record Deposit(@TargetAggregateIdentifier String accountId, long amountFen, String reference, String memo) {
}
