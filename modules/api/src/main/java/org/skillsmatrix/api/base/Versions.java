package org.skillsmatrix.api.base;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic locking over HTTP: a resource's {@code version} is its entity tag ({@code "3"}); an edit names the
 * version it was based on in {@code If-Match}, or in the {@code version} of its body, and is refused when someone
 * else changed the resource since: with 412 when it said so in {@code If-Match}, with 409 when in the body. An edit
 * that names no version is refused with 428.
 */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$|^(\\d{1,18})$");

    private Versions() {}

    /** The entity tag of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the body and its version as the entity tag. */
    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /** 201 with the new resource's address, the body and its version as the entity tag. */
    public static <T> ResponseEntity<T> created(String location, T body, long version) {
        return ResponseEntity.created(java.net.URI.create(location))
                .eTag(etag(version))
                .body(body);
    }

    /** The version an edit is based on, from its {@code If-Match} header, which it must have. */
    public static long required(@Nullable String ifMatch) {
        return required(ifMatch, null);
    }

    /**
     * The version an edit is based on, from its {@code If-Match} header or else the {@code version} of its body; if
     * both name one, the same.
     */
    public static long required(@Nullable String ifMatch, @Nullable Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (bodyVersion != null) {
                return bodyVersion;
            }
            throw new PreconditionRequired("Send the version you are changing in If-Match, as the ETag you read it"
                    + " with (e.g. If-Match: \"3\"), or as version in the body, so that nobody else's change is"
                    + " overwritten");
        }
        long tagged = tagged(ifMatch);
        if (bodyVersion != null && bodyVersion != tagged) {
            throw InvalidRequest.of("version", "If-Match names version " + tagged + " and the body " + bodyVersion);
        }
        return tagged;
    }

    private static long tagged(String ifMatch) {
        var matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw InvalidRequest.of(
                    HttpHeaders.IF_MATCH, "If-Match must name one version as the ETag gave it, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
}
