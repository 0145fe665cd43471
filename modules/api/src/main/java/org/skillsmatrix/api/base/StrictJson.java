package org.skillsmatrix.api.base;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as it is written, for every body the application reads: an integer where an integer is meant (not
 * {@code 4.5}, {@code 4.0} or {@code "4"}), an enum by its name only (not by its position), a text only from a JSON
 * string and a yes or no only from {@code true} or {@code false}. Anything else is a field error, never a value the
 * caller did not send.
 */
final class StrictJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(
                        LogicalType.Integer,
                        integer -> refuse(
                                integer,
                                CoercionInputShape.Float,
                                CoercionInputShape.String,
                                CoercionInputShape.Boolean))
                .withCoercionConfig(
                        LogicalType.Float,
                        decimal -> refuse(decimal, CoercionInputShape.String, CoercionInputShape.Boolean))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        bool -> refuse(
                                bool, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String))
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> refuse(
                                text, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(
                        LogicalType.Enum,
                        enumeration -> refuse(enumeration, CoercionInputShape.Integer, CoercionInputShape.Float));
    }

    private static void refuse(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (var shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }
}
