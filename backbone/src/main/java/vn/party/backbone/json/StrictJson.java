package vn.party.backbone.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * JSON is read strictly, the same way in every service (ARCHITECTURE.md "Errors and API style"): a value
 * is taken only as what it is. No enum ordinals, no float-to-int, no string-to-number or number-to-boolean
 * coercion, no number where text is expected, duplicate keys refused, dates only as {@code yyyy-MM-dd}, and
 * text with control characters (NUL and the other C0 codes but tab, CR and LF) or a lone UTF-16 surrogate
 * refused, since PostgreSQL would refuse or mangle them. Each refusal is a Jackson exception that
 * backbone's problem mappers answer with 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same settings on any mapper (tests and tools use it outside CDI). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        // numbers and booleans only from their own JSON tokens ("12" is not 12, 2 is not true, 1.5 is not 1)
        for (LogicalType type : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Boolean ? CoercionAction.Fail : CoercionAction.TryConvert);
        }
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // text only from a JSON string: a number or boolean is not made into one
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (Class<?> dated : new Class<?>[]{LocalDate.class, LocalDateTime.class, OffsetDateTime.class}) {
            mapper.configOverride(dated).setFormat(JsonFormat.Value.forLeniency(false));
        }
        SimpleModule strictText = new SimpleModule("strict-text").addDeserializer(String.class, new CleanText());
        strictText.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new ExactEnumCode(deserializer);
            }
        });
        mapper.registerModule(strictText);
        return mapper;
    }

    /**
     * An enum code exactly as sent: Jackson's own deserializer trims an unknown code and tries again, so
     * {@code "FULL\u0000"} or {@code " FULL"} would be taken as FULL.
     */
    static final class ExactEnumCode extends DelegatingDeserializer {

        ExactEnumCode(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactEnumCode(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String code = p.getText();
                if (!code.equals(code.strip()) || TextRules.fault(code) != null) {
                    return ctxt.handleWeirdStringValue(handledType(), code, "not a code of this list");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** Text without control characters or lone surrogates; only a JSON string is text. */
    static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                if (p.currentToken() == JsonToken.FIELD_NAME) {
                    return clean(p.currentName(), p, ctxt);
                }
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return clean(p.getText(), p, ctxt);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        private static String clean(String text, JsonParser p, DeserializationContext ctxt) throws IOException {
            String fault = TextRules.fault(text);
            if (fault != null) {
                return (String) ctxt.handleWeirdStringValue(String.class, text, fault);
            }
            return text;
        }
    }
}
