package org.crossing.app.token;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a shared outcome shows: the ending scene, its summary as the player read it (values
 * filled in), how many decisions led there and the scenes with places passed on the way. Much shorter than the journey's state, and signed, so a shared
 * link cannot claim an outcome nobody reached.
 */
public record ShareCard(int endingScene, String summary, int decisions, List<Integer> placeScenes) {

    static final int MAX_PLACES = 64;
    static final int MAX_SUMMARY = 200;

    public ShareCard {
        if (summary.length() > MAX_SUMMARY) summary = summary.substring(0, MAX_SUMMARY - 1) + "…";
        placeScenes = List.copyOf(placeScenes.size() > MAX_PLACES
                ? placeScenes.subList(placeScenes.size() - MAX_PLACES, placeScenes.size()) : placeScenes);
    }

    public String encode(TokenSigner signer, String storySlug) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, endingScene);
        byte[] text = summary.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        varint(out, text.length);
        out.writeBytes(text);
        varint(out, decisions);
        varint(out, placeScenes.size());
        for (int scene : placeScenes) varint(out, scene);
        return signer.sign(purpose(storySlug), out.toByteArray());
    }

    /** The card in a code; scene indexes are checked against {@code sceneCount}. */
    public static ShareCard decode(TokenSigner signer, String storySlug, String code, int sceneCount) throws InvalidTokenException {
        byte[] bytes = signer.verify(purpose(storySlug), code);
        int[] position = {0};
        int ending = read(bytes, position);
        int length = read(bytes, position);
        if (length > bytes.length - position[0] || length > MAX_SUMMARY * 4) throw new InvalidTokenException("the shared outcome is malformed");
        String summary = new String(bytes, position[0], length, java.nio.charset.StandardCharsets.UTF_8);
        position[0] += length;
        int decisions = read(bytes, position);
        int count = read(bytes, position);
        if (count > MAX_PLACES) throw new InvalidTokenException("the shared outcome is malformed");
        List<Integer> places = new ArrayList<>(count);
        for (int i = 0; i < count; i++) places.add(read(bytes, position));
        if (position[0] != bytes.length || ending >= sceneCount || places.stream().anyMatch(s -> s >= sceneCount)) {
            throw new InvalidTokenException("the shared outcome belongs to another version of the story");
        }
        return new ShareCard(ending, summary, decisions, places);
    }

    private static String purpose(String storySlug) {
        return "share:" + storySlug;
    }

    private static void varint(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private static int read(byte[] bytes, int[] position) throws InvalidTokenException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (position[0] >= bytes.length) throw new InvalidTokenException("the shared outcome is cut short");
            int b = bytes[position[0]++] & 0xFF;
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) break;
                return value;
            }
        }
        throw new InvalidTokenException("the shared outcome is malformed");
    }
}
