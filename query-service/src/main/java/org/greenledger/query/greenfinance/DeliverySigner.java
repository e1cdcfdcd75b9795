package org.greenledger.query.greenfinance;

/** Signs what a webhook delivery carries with the key ring's current key; banks verify with the published key {@code kid}. */
interface DeliverySigner {

    Signature sign(byte[] content);
}
