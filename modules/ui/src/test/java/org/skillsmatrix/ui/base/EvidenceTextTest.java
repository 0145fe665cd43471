package org.skillsmatrix.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.ui.base.EvidenceText.Part;

class EvidenceTextTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void webAddressesBecomeLinksWithoutTheSentencesFullStop() {
        assertThat(EvidenceText.parts("Talk: https://example.org/talks/42. Slides at http://slides.example.com"))
                .containsExactly(
                        new Part("Talk: ", false),
                        new Part("https://example.org/talks/42", true),
                        new Part(". Slides at ", false),
                        new Part("http://slides.example.com", true));
    }

    @Test
    void otherAddressesStayText() {
        for (var text : new String[] {
            "javascript:alert(1)", "see ftp://files.example.org/x", "http://", "https://user:pw@example.org/"
        }) {
            assertThat(EvidenceText.parts(text)).as(text).containsExactly(new Part(text, false));
        }
    }

    @Test
    void aLinkOpensInANewTabAndTellsTheTargetNothing() {
        var evidence = new EvidenceText("Certified https://example.org/cert");

        var anchor = (Anchor) evidence.getChildren()
                .filter(Anchor.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(anchor.getHref()).isEqualTo("https://example.org/cert");
        assertThat(anchor.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(anchor.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
    }
}
