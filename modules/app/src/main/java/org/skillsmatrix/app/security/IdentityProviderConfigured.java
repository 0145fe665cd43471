package org.skillsmatrix.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when an identity provider's issuer is configured; {@link Not} when none is. */
class IdentityProviderConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var issuer = context.getEnvironment().getProperty(OidcProperties.ISSUER_URI);
        return StringUtils.hasText(issuer)
                ? ConditionOutcome.match("identity provider " + issuer)
                : ConditionOutcome.noMatch("no identity provider (" + OidcProperties.ISSUER_URI + ")");
    }

    static final class Not extends SpringBootCondition {

        private final IdentityProviderConfigured configured = new IdentityProviderConfigured();

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var outcome = configured.getMatchOutcome(context, metadata);
            return new ConditionOutcome(!outcome.isMatch(), outcome.getConditionMessage());
        }
    }
}
