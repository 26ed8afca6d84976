package io.medusajava.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What {@code verify} staged holds exactly the modules we publish, each as Maven Central requires
 * it. Each module deployed to its own {@code target/staging}, a folder laid out as a deploy to a
 * repository leaves it (see the root POM); together they are the repository a release would fill.
 */
class StagedArtifactsIT {
  private static final Path ROOT =
      Path.of(System.getProperty("project.root")).toAbsolutePath().normalize();
  private static final String VERSION = System.getProperty("project.version");
  private static final String GROUP = "io.medusajava";

  /** The jars we publish, each with the module name its manifest declares. */
  private static final List<List<String>> JARS =
      List.of(
          List.of("medusa-sdk", "io.medusajava"),
          List.of("medusa-sdk-android", "io.medusajava.android"),
          List.of("medusa-mock-server", "io.medusajava.mock"));

  /** POM-only artifacts we publish: the parent every module's POM names, and the BOM. */
  private static final List<String> POMS = List.of("medusa-java-parent", "medusa-bom");

  private static Set<String> published() {
    Set<String> all = new TreeSet<>(POMS);
    JARS.forEach(j -> all.add(j.get(0)));
    return all;
  }

  @Test
  void exactlyThePublishedModulesAreStaged() throws IOException {
    List<String> staged = new ArrayList<>();
    for (Path repository : stagingFolders()) {
      Path group = repository.resolve(GROUP.replace('.', '/'));
      if (Files.isDirectory(group)) {
        try (Stream<Path> dirs = Files.list(group)) {
          dirs.forEach(d -> staged.add(d.getFileName().toString()));
        }
      }
    }
    // examples, reliability, benchmarks and publish-check skip deploy: they are not for users'
    // builds.
    assertEquals(published(), new TreeSet<>(staged), "staged in " + stagingFolders());
    assertEquals(published().size(), staged.size(), "an artifact staged twice: " + staged);
  }

  @ParameterizedTest
  @ValueSource(strings = {"medusa-sdk", "medusa-sdk-android", "medusa-mock-server"})
  void everyJarComesWithSourcesAndJavadoc(String artifactId) throws IOException {
    Path jar = staged(artifactId, null, "jar");
    Path sources = staged(artifactId, "sources", "jar");
    Path javadoc = staged(artifactId, "javadoc", "jar");

    // Every top-level class has its source, generated ones (the SDK's api and model packages)
    // included.
    Set<String> missing = new TreeSet<>();
    Set<String> sourceFiles = entries(sources);
    for (String entry : entries(jar)) {
      if (entry.endsWith(".class")
          && !entry.contains("$")
          && !entry.endsWith("module-info.class")) {
        String source = entry.substring(0, entry.length() - ".class".length()) + ".java";
        if (!sourceFiles.contains(source)) {
          missing.add(source);
        }
      }
    }
    assertTrue(missing.isEmpty(), artifactId + "'s sources jar lacks " + missing);
    assertTrue(
        entries(jar).stream().anyMatch(e -> e.endsWith(".class")), artifactId + " has no classes");

    Set<String> docs = entries(javadoc);
    assertTrue(
        docs.contains("index.html") && docs.contains("element-list"),
        artifactId + "'s javadoc jar: " + docs);
  }

  @Test
  void everyJarNamesItsModule() throws IOException {
    for (List<String> j : JARS) {
      Path jar = staged(j.get(0), null, "jar");
      try (JarFile file = new JarFile(jar.toFile())) {
        assertEquals(
            j.get(1),
            file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"),
            jar.toString());
      }
      // As the module system itself reads it: a legal name, and the jar is usable as an automatic
      // module.
      Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
      assertEquals(1, found.size());
      ModuleDescriptor module = found.iterator().next().descriptor();
      assertEquals(j.get(1), module.name());
      assertTrue(module.isAutomatic());
    }
  }

  @Test
  void everyPomCarriesWhatCentralRequires() throws Exception {
    Document parent = pom("medusa-java-parent");
    for (String artifactId : published()) {
      Document pom = pom(artifactId);
      Element project = pom.getDocumentElement();
      assertEquals(GROUP, inherited(pom, parent, "groupId"), artifactId);
      assertEquals(artifactId, text(project, "artifactId"));
      assertEquals(VERSION, inherited(pom, parent, "version"), artifactId);
      for (String required :
          List.of(
              "name",
              "description",
              "url",
              "licenses/license/name",
              "licenses/license/url",
              "developers/developer/name",
              "scm/url",
              "scm/connection")) {
        String value = inherited(pom, parent, required);
        assertNotNull(value, artifactId + " has no " + required);
        assertFalse(value.isBlank(), artifactId + " has an empty " + required);
      }
      // A dependency a user's build must resolve has to be published too.
      for (Element dependency : children(project, "dependencies/dependency")) {
        if (GROUP.equals(text(dependency, "groupId"))
            && !"test".equals(text(dependency, "scope"))) {
          assertTrue(
              published().contains(text(dependency, "artifactId")),
              artifactId + " needs " + text(dependency, "artifactId"));
        }
      }
    }
    // Inherited as is, not with the module's name appended (Maven's default), which would not
    // exist.
    assertEquals(
        "false", parent.getDocumentElement().getAttribute("child.project.url.inherit.append.path"));
    Element scm = children(parent.getDocumentElement(), "scm").get(0);
    for (String part : List.of("connection", "developerConnection", "url")) {
      assertEquals("false", scm.getAttribute("child.scm." + part + ".inherit.append.path"), part);
    }
  }

  @Test
  void bomListsThePublishedJarsAtThisVersionAndNothingElse() throws Exception {
    Document bom = pom("medusa-bom");
    Element project = bom.getDocumentElement();
    // With a parent, importing the BOM would also import the parent's pins of JUnit, Jackson,
    // OkHttp...
    assertTrue(children(project, "parent").isEmpty(), "medusa-bom must not have a parent");
    assertEquals(VERSION, text(project, "version"));

    Set<String> managed = new TreeSet<>();
    for (Element dependency : children(project, "dependencyManagement/dependencies/dependency")) {
      assertEquals(GROUP, text(dependency, "groupId"));
      String version = text(dependency, "version");
      assertTrue(version.equals(VERSION) || version.equals("${project.version}"), version);
      managed.add(text(dependency, "artifactId"));
    }
    Set<String> jars =
        JARS.stream().map(j -> j.get(0)).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(jars, managed);

    // The BOM repeats the parent's metadata (it cannot inherit it): the two must say the same.
    Document parent = pom("medusa-java-parent");
    for (String part : List.of("url", "licenses", "developers", "scm")) {
      assertEquals(
          flat(children(parent.getDocumentElement(), part).get(0)),
          flat(children(project, part).get(0)),
          part);
    }
  }

  // ---- reading the staged repository

  /**
   * The staged file of one artifact. A SNAPSHOT is deployed under a timestamped name that the
   * version's maven-metadata.xml records; a release under its version.
   */
  private static Path staged(String artifactId, String classifier, String extension) {
    Path dir =
        stagingFolders().stream()
            .map(r -> r.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(VERSION))
            .filter(Files::isDirectory)
            .findFirst()
            .orElseGet(
                () ->
                    fail(
                        artifactId
                            + " "
                            + VERSION
                            + " is not staged in any of "
                            + stagingFolders()));
    String version = VERSION;
    if (VERSION.endsWith("-SNAPSHOT")) {
      Path metadata = dir.resolve("maven-metadata.xml");
      assertTrue(Files.isRegularFile(metadata), "not staged: " + metadata);
      version = null;
      for (Element v :
          children(
              parse(metadata).getDocumentElement(),
              "versioning/snapshotVersions/snapshotVersion")) {
        if (extension.equals(text(v, "extension"))
            && Objects.equals(classifier, text(v, "classifier"))) {
          version = text(v, "value");
        }
      }
      assertNotNull(
          version,
          artifactId
              + ": no "
              + (classifier == null ? "" : classifier + " ")
              + extension
              + " staged");
    }
    Path file =
        dir.resolve(
            artifactId
                + "-"
                + version
                + (classifier == null ? "" : "-" + classifier)
                + "."
                + extension);
    assertTrue(Files.isRegularFile(file), "not staged: " + file);
    return file;
  }

  /** The root's target/staging and each module's, where they exist. */
  private static List<Path> stagingFolders() {
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      Stream.concat(Stream.of(ROOT), modules.filter(Files::isDirectory).sorted())
          .map(d -> d.resolve("target").resolve("staging"))
          .filter(Files::isDirectory)
          .forEach(folders::add);
    } catch (IOException e) {
      fail("cannot list " + ROOT + ": " + e);
    }
    return folders;
  }

  private static Document pom(String artifactId) {
    return parse(staged(artifactId, null, "pom"));
  }

  private static Set<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(JarEntry::getName).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Document parse(Path xml) {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    } catch (Exception e) {
      return fail("cannot read " + xml + ": " + e);
    }
  }

  /** A module POM's value, or its parent's: inheritance as far as these elements need it. */
  private static String inherited(Document pom, Document parent, String path) {
    String own = text(pom.getDocumentElement(), path);
    boolean hasParent = !children(pom.getDocumentElement(), "parent").isEmpty();
    return own != null || !hasParent ? own : text(parent.getDocumentElement(), path);
  }

  /** The elements at a slash-separated path of child element names. */
  private static List<Element> children(Element from, String path) {
    List<Element> current = List.of(from);
    for (String name : path.split("/")) {
      List<Element> next = new ArrayList<>();
      for (Element e : current) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element child && child.getTagName().equals(name)) {
            next.add(child);
          }
        }
      }
      current = next;
    }
    return current;
  }

  private static String text(Element from, String path) {
    List<Element> found = children(from, path);
    return found.isEmpty() ? null : found.get(0).getTextContent().trim();
  }

  /** An element's text with whitespace runs folded, for comparing two POMs' metadata. */
  private static String flat(Element e) {
    return e.getTextContent().trim().replaceAll("\\s+", " ");
  }
}
