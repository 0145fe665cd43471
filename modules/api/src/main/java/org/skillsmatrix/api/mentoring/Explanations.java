package org.skillsmatrix.api.mentoring;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.skillsmatrix.domain.mentoring.MentorProposal;

/** The one-line explanation of a proposal, in English, from the API's bundle of explanations. */
final class Explanations {

    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("org.skillsmatrix.api.mentoring.explanations", Locale.ROOT);

    private Explanations() {}

    static String of(MentorProposal proposal) {
        var reason = proposal.reason();
        return new MessageFormat(TEXTS.getString(reason.kind().name()), Locale.ENGLISH).format(new Object[] {
            proposal.teamName(),
            proposal.skillName(),
            reason.holders(),
            reason.required(),
            reason.holders() + 1,
            proposal.goal().value(),
            proposal.learnerName()
        });
    }
}
