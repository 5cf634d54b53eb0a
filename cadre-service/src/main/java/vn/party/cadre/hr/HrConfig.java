package vn.party.cadre.hr;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The HR sync's figures ({@code cadre.hr.*}); the schedule is {@code cadre.hr-sync.every} (off to disable). */
@ConfigMapping(prefix = "cadre.hr")
public interface HrConfig {

    /** Records asked per page. */
    @WithDefault("100")
    int pageSize();

    /** A guard against an HR system whose cursor never ends. */
    @WithDefault("10000")
    int maxPages();
}
