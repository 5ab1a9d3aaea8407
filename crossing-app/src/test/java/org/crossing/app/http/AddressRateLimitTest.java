package org.crossing.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRateLimitTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void anAddressGetsItsBurstThenOneMoreAsTheBucketRefills() {
        AddressRateLimit limit = new AddressRateLimit(3, false);
        assertThat(limit.allow("192.0.2.1", 0)).isTrue();
        assertThat(limit.allow("192.0.2.1", 0)).isTrue();
        assertThat(limit.allow("192.0.2.1", 0)).isTrue();
        assertThat(limit.allow("192.0.2.1", 0)).isFalse();
        assertThat(limit.allow("192.0.2.2", 0)).as("another address has its own bucket").isTrue();
        assertThat(limit.allow("192.0.2.1", 19 * SECOND)).isFalse();
        assertThat(limit.allow("192.0.2.1", 20 * SECOND)).as("a third of a minute refills one of three").isTrue();
        assertThat(limit.retryAfterSeconds()).isEqualTo(20);
    }

    @Test
    void noLimitAllowsEverything() {
        AddressRateLimit limit = new AddressRateLimit(0, false);
        for (int i = 0; i < 1000; i++) assertThat(limit.allow("192.0.2.1", 0)).isTrue();
        assertThat(limit.size()).isZero();
    }

    @Test
    void ipv6AddressesShareABucketPerSlash64() {
        assertThat(AddressRateLimit.key("2001:db8:1:2:aaaa::1")).isEqualTo("20010db800010002::/64");
        assertThat(AddressRateLimit.key("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).isEqualTo("20010db800010002::/64");
        assertThat(AddressRateLimit.key("[2001:db8::1]")).isEqualTo("20010db800000000::/64");
        assertThat(AddressRateLimit.key("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(AddressRateLimit.key("not:an:address:zz")).isEqualTo("not:an:address:zz");
    }

    @Test
    void pastTheMostAddressesIdleBucketsAreForgotten() {
        AddressRateLimit limit = new AddressRateLimit(2, false);
        for (int i = 0; i < AddressRateLimit.MAX_ADDRESSES; i++) limit.allow("10.0." + (i >> 8) + "." + (i & 255) + "x" + i, 0);
        assertThat(limit.size()).isEqualTo(AddressRateLimit.MAX_ADDRESSES);
        assertThat(limit.allow("192.0.2.9", 60 * SECOND)).isTrue();
        assertThat(limit.size()).isEqualTo(1);
    }
}
