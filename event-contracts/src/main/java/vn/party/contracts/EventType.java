package vn.party.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record's CloudEvents {@code type} ({@code <service>.<aggregate>.<event in past tense>.v<N>})
 * and the classpath location of its JSON Schema, which is also the CloudEvent's {@code dataschema}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();

    String schema();
}
