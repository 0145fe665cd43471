package org.skillsmatrix.app.security;

import org.skillsmatrix.app.security.SignInMode.ConflictingSignInSettings;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up that failed on the sign-in settings in plain words, without the stack trace. */
class SignInSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ConflictingSignInSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConflictingSignInSettings cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
