package io.medusajava.mock.fidelity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The builder the scenario is written with: {@code group(..)} opens a group of steps (with what
 * they need), {@code get/post/delete} add a step and return it for chaining. Step ids are unique,
 * because the allow-list and the known differences name them.
 */
final class StepList {
  private final List<Step> steps = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private String group = "";
  private EnumSet<Step.Need> needs = EnumSet.noneOf(Step.Need.class);

  StepList group(String name, Step.Need... groupNeeds) {
    this.group = name;
    this.needs = EnumSet.noneOf(Step.Need.class);
    Collections.addAll(needs, groupNeeds);
    return this;
  }

  Step get(String id, String path) {
    return add(id, "GET", path, null);
  }

  /** A HEAD: Express answers it with the GET handler's status and headers, without the body. */
  Step head(String id, String path) {
    return add(id, "HEAD", path, null);
  }

  Step delete(String id, String path) {
    return add(id, "DELETE", path, null);
  }

  /**
   * A POST; {@code body} is sent as written (null sends none), so malformed JSON can be sent too.
   */
  Step post(String id, String path, String body) {
    return add(id, "POST", path, body);
  }

  private Step add(String id, String method, String path, String body) {
    if (!ids.add(id)) {
      throw new IllegalArgumentException("two steps named " + id);
    }
    Step s = new Step(id, group, method, path, body, needs);
    steps.add(s);
    return s;
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }
}
