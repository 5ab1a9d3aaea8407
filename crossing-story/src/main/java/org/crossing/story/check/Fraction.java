package org.crossing.story.check;

import java.math.BigInteger;

/** A reduced non-negative fraction of big integers, for exact ending probabilities. */
record Fraction(BigInteger numerator, BigInteger denominator) {

    static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    Fraction times(long num, long den) {
        return reduce(numerator.multiply(BigInteger.valueOf(num)), denominator.multiply(BigInteger.valueOf(den)));
    }

    Fraction plus(Fraction other) {
        return reduce(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** Past 2,048 bits of denominator, exact fractions stop being worth their cost. */
    boolean tooLong() {
        return denominator.bitLength() > 2048;
    }

    static Fraction reduce(BigInteger num, BigInteger den) {
        BigInteger gcd = num.gcd(den);
        if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) return new Fraction(num, den);
        return new Fraction(num.divide(gcd), den.divide(gcd));
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
