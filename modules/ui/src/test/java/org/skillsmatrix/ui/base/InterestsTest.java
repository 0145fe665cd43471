package org.skillsmatrix.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.scale.Interest;

class InterestsTest {

    @Test
    void everyInterestHasATextOfItsOwn() {
        var texts = Arrays.stream(Interest.values())
                .map(interest -> Bundle.ENGLISH.translate(Interests.key(interest)))
                .toList();

        assertThat(texts).containsExactly("Wants to grow", "Neutral", "Would rather not");
    }
}
