package org.crossing.app.stats;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * What is known of one journey for counting: which of its steps were counted, which scenes and
 * chapters it reached, its furthest step and where that led, and its ending. {@link #count}
 * decides whether a step is new and, if so, what it adds to the totals.
 */
final class JourneyRecord {

    byte[] counted;
    byte[] scenes;
    byte[] chapters;
    int lastStep;
    String lastScene;
    String ending;
    boolean changed;

    JourneyRecord(byte[] counted, byte[] scenes, byte[] chapters, int lastStep, String lastScene, String ending) {
        this.counted = counted;
        this.scenes = scenes;
        this.chapters = chapters;
        this.lastStep = lastStep;
        this.lastScene = lastScene;
        this.ending = ending;
    }

    static JourneyRecord fresh() {
        return new JourneyRecord(new byte[0], new byte[0], new byte[0], -1, null, null);
    }

    /**
     * Counts the step into {@code tally} unless this journey's step of that number was counted
     * already (by any node, from any batch). Returns whether it was new.
     */
    boolean count(JourneyStep step, Tally tally) {
        if (step.step() < 0 || step.step() > JourneyStep.MAX_STEP || isSet(counted, step.step())) return false;
        counted = set(counted, step.step());
        changed = true;
        String story = step.story();
        String version = step.version();
        LocalDate day = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(step.at()), ZoneOffset.UTC);
        switch (step.kind()) {
            case BEGIN -> {
                LocalDate begun = LocalDate.ofEpochDay(Math.floorDiv(step.begunMinute(), 24 * 60));
                tally.add(CounterKey.begin(story, version, step.scene()));
                tally.add(new DayKey(story, version, begun, "BEGIN", step.scene(), 0));
            }
            case CHOICE, TIMEOUT, CHANCE -> {
                tally.add(new DayKey(story, version, day, step.kind().name(), step.scene(), step.item()));
                CounterKey choice = step.choiceKey();
                if (choice != null) tally.add(choice);
            }
        }
        if (step.arrivalIndex() >= 0 && !isSet(scenes, step.arrivalIndex())) {
            scenes = set(scenes, step.arrivalIndex());
            tally.add(new DayKey(story, version, day, "SCENE", step.arrival(), 0));
        }
        if (step.chapter() >= 0 && step.chapter() <= JourneyStep.MAX_STEP && !isSet(chapters, step.chapter())) {
            chapters = set(chapters, step.chapter());
            tally.add(new DayKey(story, version, day, "CHAPTER", "", step.chapter()));
        }
        if (step.ending() && ending == null) {
            ending = step.arrival();
            tally.add(CounterKey.ending(story, version, step.arrival()));
            tally.add(new DayKey(story, version, day, "ENDING", step.arrival(), 0));
        }
        if (step.step() > lastStep) {
            lastStep = step.step();
            lastScene = step.arrival();
        }
        return true;
    }

    static boolean isSet(byte[] bits, int bit) {
        int index = bit >>> 3;
        return index < bits.length && (bits[index] & (1 << (bit & 7))) != 0;
    }

    static byte[] set(byte[] bits, int bit) {
        int index = bit >>> 3;
        byte[] grown = index < bits.length ? bits : Arrays.copyOf(bits, index + 1);
        grown[index] |= (byte) (1 << (bit & 7));
        return grown;
    }
}
