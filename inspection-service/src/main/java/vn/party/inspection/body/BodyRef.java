package vn.party.inspection.body;

import vn.party.backbone.scope.Subtree;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;

import java.util.List;
import java.util.UUID;

/** What other features know of a body: its unit (code and current path), kind and level. */
public record BodyRef(UUID id, String unitCode, String unitPath, BodyKind kind, BodyLevel level) {

    /** True when {@code path} is the body's unit or lies below it: what the body may act on. */
    public boolean reaches(String path) {
        return path != null && Subtree.contains(unitPath, path);
    }

    public List<String> pathCodes() {
        return List.of(unitPath.split("\\."));
    }
}
