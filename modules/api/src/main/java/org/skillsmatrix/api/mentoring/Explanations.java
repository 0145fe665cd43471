package org.skillsmatrix.api.mentoring;

import java.util.Locale;
import org.skillsmatrix.domain.base.Wording;
import org.skillsmatrix.domain.mentoring.MentorProposal;

/**
 * The one-line explanation of a proposal, in the caller's language, from the API's bundle of explanations
 * ({@value #BUNDLE}; English where it has no file for the language).
 */
final class Explanations {

    static final String BUNDLE = "org.skillsmatrix.api.mentoring.explanations";

    private final Wording wording;

    private Explanations(Wording wording) {
        this.wording = wording;
    }

    static Explanations in(Locale language) {
        return new Explanations(Wording.of(BUNDLE, language));
    }

    String of(MentorProposal proposal) {
        var reason = proposal.reason();
        return wording.text(
                reason.kind().name(),
                proposal.teamName(),
                proposal.skillName(),
                reason.holders(),
                reason.required(),
                reason.holders() + 1,
                proposal.goal().value(),
                proposal.learnerName());
    }
}
