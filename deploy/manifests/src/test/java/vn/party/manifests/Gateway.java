package vn.party.manifests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What deploy/gateway's nginx configuration says, read from its files (the reference the Ingress and compose follow). */
final class Gateway {

    static final String TEMPLATE = Repo.read(Repo.path("deploy/gateway/nginx.conf.template"));
    static final String API_PROXY = Repo.read(Repo.path("deploy/gateway/api-proxy.conf"));
    static final String SECURITY_HEADERS = Repo.read(Repo.path("deploy/gateway/security-headers.conf"));
    static final String CORS_HEADERS = Repo.read(Repo.path("deploy/gateway/cors-headers.conf"));
    static final String RENDER = Repo.read(Repo.path("deploy/gateway/render.sh"));

    private Gateway() {
    }

    /** Prefix locations of a configuration and the upstream each proxies to: {@code /api/membership/ -> membership}. */
    static Map<String, String> prefixRoutes(String conf) {
        Map<String, String> routes = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*location (/[^ ]*) \\{").matcher(conf);
        while (m.find()) {
            Matcher pass = Pattern.compile("proxy_pass http://([a-z0-9_$]+);").matcher(location(conf, Pattern.quote(m.group(1))));
            if (pass.find()) {
                routes.put(m.group(1), pass.group(1));
            }
        }
        return routes;
    }

    /** The body of the first location whose line matches the regex, up to its closing brace at the same depth. */
    static String location(String conf, String headerRegex) {
        Matcher m = Pattern.compile("(?m)^\\s*location " + headerRegex + " \\{").matcher(conf);
        if (!m.find()) {
            throw new AssertionError("no location matching " + headerRegex);
        }
        int depth = 1;
        int i = m.end();
        while (depth > 0) {
            char c = conf.charAt(i++);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        return conf.substring(m.end(), i - 1);
    }

    static String directive(String conf, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + " ([^;]+);").matcher(conf);
        if (!m.find()) {
            throw new AssertionError("no " + name + " directive");
        }
        return m.group(1).trim();
    }

    /** {@code add_header Name "value" always;} lines of a snippet. */
    static Map<String, String> addedHeaders(String conf) {
        Map<String, String> headers = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*add_header ([A-Za-z-]+) \"?([^\";]*?)\"? always;").matcher(conf);
        while (m.find()) {
            headers.put(m.group(1), m.group(2));
        }
        return headers;
    }

    /** render.sh's default of a variable: {@code export X="${X:-default}"}. */
    static String renderDefault(String variable) {
        Matcher m = Pattern.compile("export " + variable + "=\"\\$\\{" + variable + ":-([^}\"]+)\\}\"").matcher(RENDER);
        if (!m.find()) {
            throw new AssertionError("render.sh sets no default for " + variable);
        }
        return m.group(1);
    }
}
