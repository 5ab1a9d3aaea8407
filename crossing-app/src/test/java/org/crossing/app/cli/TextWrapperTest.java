package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossing.story.model.EndingKind;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    private final TextWrapper terminal = new TextWrapper(60, true);
    private final TextWrapper piped = new TextWrapper(60, false);

    @Test
    void tagsAreFaintOnATerminalAndPlainWhenPiped() {
        assertThat(terminal.dim("#night")).isEqualTo("\u001b[2m#night\u001b[0m");
        assertThat(piped.dim("#night")).isEqualTo("#night");
    }

    @Test
    void anEndingsLabelTakesItsTonesColourOnATerminalOnly() {
        assertThat(terminal.toned("Evacuated", EndingKind.Tone.GOOD)).isEqualTo("\u001b[32mEvacuated\u001b[0m");
        assertThat(terminal.toned("Captured", EndingKind.Tone.BAD)).isEqualTo("\u001b[31mCaptured\u001b[0m");
        assertThat(terminal.toned("In hiding", EndingKind.Tone.NEUTRAL)).isEqualTo("In hiding");
        assertThat(piped.toned("Captured", EndingKind.Tone.BAD)).isEqualTo("Captured");
    }
}
