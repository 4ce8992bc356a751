package dev.camelpardot.app.broker;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Singleton;

import dev.camelpardot.app.delivery.BusinessUnits;

/** Spreads each business unit's events over its slot queues, round robin, so that every slot keeps busy. */
@Singleton
public class DeliverySlots {

    private final BusinessUnits units;
    private final Map<String, AtomicInteger> next;

    public DeliverySlots(BusinessUnits units) {
        this.units = units;
        this.next = units.all().stream().collect(Collectors.toUnmodifiableMap(id -> id, id -> new AtomicInteger()));
    }

    /** The slot queue the next event of this (known) business unit goes to. */
    public String next(String businessUnitId) {
        AtomicInteger counter = next.get(businessUnitId);
        if (counter == null) {
            throw new IllegalArgumentException("unknown business unit " + businessUnitId);
        }
        return Queues.delivery(businessUnitId, Math.floorMod(counter.getAndIncrement(), units.slots()));
    }

    /** Every slot queue of the business unit. */
    public List<String> queues(String businessUnitId) {
        return IntStream.range(0, units.slots()).mapToObj(slot -> Queues.delivery(businessUnitId, slot)).toList();
    }

    /** Every slot queue of every business unit. */
    public List<String> allQueues() {
        return units.all().stream().flatMap(id -> queues(id).stream()).toList();
    }
}
