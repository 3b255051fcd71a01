package gov.maservice.platform.json;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Strict JSON: no scalar coercion, one bound for dates.
 */
@AutoConfiguration
public class PlatformJsonAutoConfiguration {

}
