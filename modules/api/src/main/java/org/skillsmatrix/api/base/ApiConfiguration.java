package org.skillsmatrix.api.base;

import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the API contributes besides its controllers: JSON read as it is written, problem details for unknown paths,
 * lost races explained, a limit on the size of request bodies, and its defaults (the OpenAPI writer's settings,
 * upload limits).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:skills-matrix-api.properties")
class ApiConfiguration implements WebMvcConfigurer {

    @Bean
    Conflicts conflicts(ExplainConflict explainConflict) {
        return new Conflicts(explainConflict);
    }

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Bean
    UnknownPaths unknownApiPaths() {
        return new UnknownPaths();
    }

    /** A filter of the servlet container, after the security filters: callers are signed in before bodies count. */
    @Bean
    BodyCap apiBodyCap() {
        return new BodyCap();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BodyLimit())
                .addPathPatterns(ApiPaths.V1 + "/**")
                .excludePathPatterns(ApiPaths.IMPORTS + "/**");
    }
}
