package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillsmatrix.app.SkillsMatrixApplication;
import org.skillsmatrix.app.security.SignInMode.ConflictingSignInSettings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application refuses to start with local demo accounts next to an identity provider, and says why. */
@ExtendWith(OutputCaptureExtension.class)
class SignInSettingsIT {

    @Test
    void local_demo_accounts_cannot_start_while_an_issuer_is_configured(CapturedOutput output) {
        assertThatThrownBy(() -> start(
                        "--skills-matrix.oidc.issuer-uri=http://localhost:9/realms/skills-matrix",
                        "--skills-matrix.local-accounts.enabled=true"))
                .hasRootCauseInstanceOf(ConflictingSignInSettings.class)
                .rootCause()
                .hasMessage("Local demo accounts cannot be enabled while an identity provider is configured:"
                        + " skills-matrix.local-accounts.enabled is true and skills-matrix.oidc.issuer-uri is"
                        + " http://localhost:9/realms/skills-matrix.");

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Local demo accounts cannot be enabled while an identity provider is configured")
                .contains("Remove skills-matrix.local-accounts.enabled (SKILLS_MATRIX_LOCAL_ACCOUNTS_ENABLED)");
    }

    private static void start(String... args) {
        var all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        new SpringApplicationBuilder(SkillsMatrixApplication.class).run(all).close();
    }
}
