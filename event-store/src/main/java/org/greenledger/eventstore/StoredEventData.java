package org.greenledger.eventstore;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;

/**
 * One stored event as Axon's upcasting and deserialization expect it. Domain and non-domain events are
 * different types because Axon decides by {@code instanceof DomainEventData} which message to build.
 * The token is {@code null} when the event was read by aggregate or as a snapshot.
 */
sealed interface StoredEventData extends TrackedEventData<String> {

    record Domain(TrackingToken trackingToken, String eventId, String aggregateType, String aggregateId, long seq,
                  Instant timestamp, SerializedObject<String> payload, SerializedObject<String> metaData)
            implements StoredEventData, DomainEventData<String> {

        @Override
        public String getType() {
            return aggregateType;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateId;
        }

        @Override
        public long getSequenceNumber() {
            return seq;
        }

        @Override
        public String getEventIdentifier() {
            return eventId;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return metaData;
        }

        @Override
        public SerializedObject<String> getPayload() {
            return payload;
        }
    }

    record NonDomain(TrackingToken trackingToken, String eventId, Instant timestamp,
                     SerializedObject<String> payload, SerializedObject<String> metaData)
            implements StoredEventData {

        @Override
        public String getEventIdentifier() {
            return eventId;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return metaData;
        }

        @Override
        public SerializedObject<String> getPayload() {
            return payload;
        }
    }
}
