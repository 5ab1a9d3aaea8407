package org.crossing.app.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crossing.app.token.InvalidTokenException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSignerTest {

    private final TokenSigner signer = new TokenSigner("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    @Test
    void aSignedPayloadVerifiesForItsPurpose() throws Exception {
        String token = signer.sign("play:ferry", new byte[] {1, 2, 3});
        assertThat(signer.verify("play:ferry", token)).containsExactly(1, 2, 3);
    }

    @Test
    void aTokenForAnotherPurposeIsRefused() {
        String token = signer.sign("play:ferry", new byte[] {1, 2, 3});
        assertThatThrownBy(() -> signer.verify("play:other", token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("the journey in the link was changed, cut short or made for another story");
    }

    @Test
    void aChangedByteIsRefused() {
        String token = signer.sign("p", new byte[] {1, 2, 3, 4, 5, 6});
        char[] chars = token.toCharArray();
        chars[2] = chars[2] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> signer.verify("p", new String(chars))).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void truncatedAndMalformedTokensAreRefusedWithReasons() {
        String token = signer.sign("p", new byte[] {1, 2, 3, 4, 5, 6});
        assertThatThrownBy(() -> signer.verify("p", token.substring(0, token.length() - 3))).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> signer.verify("p", token.substring(0, token.indexOf('.'))))
                .hasMessage("the journey in the link is cut short or malformed");
        assertThatThrownBy(() -> signer.verify("p", "%%%.***")).hasMessage("the journey in the link is not valid");
        assertThatThrownBy(() -> signer.verify("p", "")).hasMessage("the link has no journey in it");
        assertThatThrownBy(() -> signer.verify("p", "a".repeat(20_000))).hasMessage("the journey in the link is too long");
    }

    @Test
    void eachRefusalNamesTheReasonAPlayerIsToldInTheirLanguage() {
        String token = signer.sign("p", new byte[] {1, 2, 3, 4, 5, 6});
        assertThat(reason(() -> signer.verify("p", ""))).isEqualTo(Reason.NO_JOURNEY);
        assertThat(reason(() -> signer.verify("p", "a".repeat(20_000)))).isEqualTo(Reason.TOO_LONG);
        assertThat(reason(() -> signer.verify("p", token.substring(0, token.indexOf('.'))))).isEqualTo(Reason.MALFORMED);
        assertThat(reason(() -> signer.verify("p", "%%%.***"))).isEqualTo(Reason.NOT_VALID);
        assertThat(reason(() -> signer.verify("other", token))).isEqualTo(Reason.CHANGED);
        assertThat(Reason.CHANGED.key()).isEqualTo("journey-problem.changed");
    }

    private static Reason reason(ThrowingCallable call) {
        return ((InvalidTokenException) catchThrowable(call)).reason();
    }

    @Test
    void anotherSecretsTokenIsRefused() {
        TokenSigner other = new TokenSigner("another secret that is long enough!!".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> signer.verify("p", other.sign("p", new byte[] {9}))).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void theSecretIsGeneratedOnceIntoTheDataFolderAndKept(@TempDir Path data) throws Exception {
        byte[] first = TokenSecret.load(null, data);
        byte[] second = TokenSecret.load(null, data);
        assertThat(first).isEqualTo(second).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.getPosixFilePermissions(data.resolve("token-secret"))).hasSize(2);
    }

    @Test
    void aConfiguredSecretWinsAndMustBeLong(@TempDir Path data) throws Exception {
        assertThat(TokenSecret.load("x".repeat(40), data)).hasSize(40);
        assertThat(data.resolve("token-secret")).doesNotExist();
        assertThatThrownBy(() -> TokenSecret.load("short", data))
                .hasMessage("the configured token secret is shorter than 32 characters; use a long random text, such as the output of 'openssl rand -base64 32'");
    }

    @Test
    void invitesAreValidOnlyForTheirStory() {
        Invites invites = new Invites(signer);
        String code = invites.create("ferry");
        assertThat(invites.valid("ferry", code)).isTrue();
        assertThat(invites.valid("other", code)).isFalse();
        assertThat(invites.valid("ferry", code + "x")).isFalse();
        assertThat(invites.valid("ferry", null)).isFalse();
    }

    @Test
    void aShareCardRoundTripsAndRefusesScenesTheStoryLacks() throws Exception {
        ShareCard card = new ShareCard(5, "Reached Seoul with 3 thousand won", 23, java.util.List.of(0, 2, 5));
        String code = card.encode(signer, "ferry");
        assertThat(ShareCard.decode(signer, "ferry", code, 8)).isEqualTo(card);
        assertThatThrownBy(() -> ShareCard.decode(signer, "ferry", code, 5))
                .hasMessage("the shared outcome belongs to another version of the story");
    }

    @org.junit.jupiter.api.Test
    void acceptsOnlyTheCanonicalSpellingOfAToken() throws InvalidTokenException {
        TokenSigner signer = new TokenSigner("0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String token = signer.sign("play", new byte[] {1, 2, 3, 4});
        org.assertj.core.api.Assertions.assertThat(signer.verify("play", token)).containsExactly(1, 2, 3, 4);
        String padded = token + "==";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signer.verify("play", padded)).isInstanceOf(InvalidTokenException.class);
        // the payload's last character carries unused low bits: another letter decodes to the same bytes
        int dot = token.indexOf('.');
        char last = token.charAt(dot - 1);
        char other = last == 'w' ? 'x' : (char) (last + 1);
        String respelled = token.substring(0, dot - 1) + other + token.substring(dot);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signer.verify("play", respelled)).isInstanceOf(InvalidTokenException.class);
    }
}
