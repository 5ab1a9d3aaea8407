package org.crossing.app.player;

/**
 * A name placed on the journey map: its text's anchor point and anchoring, its box, and the
 * leader line from its dot (null when beside it); {@code country} for a country's name.
 */
record PlacedLabel(String text, double x, double y, String anchor, LabelBox box, double[] leader, boolean country) {}
