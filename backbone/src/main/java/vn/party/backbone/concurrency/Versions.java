package vn.party.backbone.concurrency;

import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: reads return {@code ETag: "<version>"}, updates must send it back in
 * {@code If-Match}. A missing header is 428, a stale one 409.
 */
public final class Versions {

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(ProblemType.PRECONDITION_REQUIRED,
                    "updates need If-Match with the ETag of the version you read"));
        }
        String tag = ifMatch.trim();
        if (tag.equals("*") || tag.startsWith("W/") || tag.contains(",")) {
            throw new ProblemException(Problem.of(ProblemType.PRECONDITION_REQUIRED,
                    "If-Match must carry the one strong ETag you read, such as \"3\""));
        }
        tag = tag.replace("\"", "");
        if (!tag.equals(String.valueOf(currentVersion))) {
            throw new ProblemException(Problem.of(ProblemType.STALE_VERSION,
                    "you read version " + tag + " but it is now at version " + currentVersion
                            + "; read it again and reapply your change"));
        }
    }

    private Versions() {
    }
}
