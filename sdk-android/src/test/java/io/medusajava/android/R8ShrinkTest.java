package io.medusajava.android;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.medusajava.mock.MedusaMockServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Proves the consumer rules inside the SDK jar: a small app
 * (src/test/resources/r8app/ShrinkApp.java) is compiled, shrunk and optimized by R8 together with
 * the SDK and all its runtime dependencies, using only the rules those jars ship plus a keep for
 * the app's main, and the shrunk jar then talks to a mock server in a child JVM. Without the SDK's
 * rules Moshi would see stripped models and print nulls, or fail outright.
 */
public class R8ShrinkTest {
  private static final String R8_VERSION = "8.5.35";
  private static final Path WORK = Paths.get("target", "r8-test");

  private static Path shrunk;
  private static List<Path> rules;
  private static String r8Output;

  @BeforeClass
  public static void shrink() throws Exception {
    deleteRecursively(WORK);
    Files.createDirectories(WORK);
    List<Path> runtime = new ArrayList<>();
    for (String entry :
        read(Paths.get("target", "r8", "runtime-classpath.txt")).trim().split(File.pathSeparator)) {
      runtime.add(asJar(Paths.get(entry)));
    }

    Path app = compileApp(runtime);
    rules = new ArrayList<>();
    for (Path jar : runtime) {
      rules.addAll(shippedRules(jar));
    }
    Files.write(
        keepMain(),
        "-keep class shrinkapp.ShrinkApp { public static void main(java.lang.String[]); }\n"
            .getBytes(StandardCharsets.UTF_8));

    Result r8 = r8(app, runtime, shrunk = WORK.resolve("app-shrunk.jar"));
    r8Output = r8.output;
    assertEquals("R8 failed:\n" + r8.output, 0, r8.exitCode);
  }

  private static Path keepMain() {
    return WORK.resolve("keep-main.pro");
  }

  /**
   * Runs R8 over the app and {@code runtime}, with the rules extracted from {@code runtime}'s jars.
   */
  private static Result r8(Path app, List<Path> runtime, Path output) throws Exception {
    List<Path> rules = new ArrayList<>();
    for (Path jar : runtime) {
      rules.addAll(shippedRules(jar));
    }
    Path shrunk = output;
    Path keepMain = keepMain();
    // C1 only and the serial collector: R8 runs once and briefly, so this halves its CPU time on a
    // small machine.
    List<String> command =
        new ArrayList<>(
            Arrays.asList(
                java(),
                "-Xmx1g",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("r8.jar", "target/r8/r8.jar"),
                "com.android.tools.r8.R8",
                "--classfile",
                "--release",
                "--lib",
                System.getProperty("java.home"),
                "--lib",
                androidJar(),
                "--output",
                shrunk.toString(),
                "--pg-map-output",
                shrunk + ".map"));
    for (Path r : rules) {
      command.add("--pg-conf");
      command.add(r.toString());
    }
    command.add("--pg-conf");
    command.add(keepMain.toString());
    command.add(app.toString());
    for (Path jar : runtime) {
      command.add(jar.toString());
    }
    return run(command, 300);
  }

  /**
   * The control experiment, off by default because it costs a second R8 run (-Dr8.control=true):
   * the same app and libraries with the rules removed from the SDK jar must not work. R8 also reads
   * the rules that program jars embed, so removing them from the --pg-conf list alone would prove
   * nothing.
   */
  @Test
  public void withoutTheSdkRulesTheShrunkAppBreaks() throws Exception {
    Assume.assumeTrue(Boolean.getBoolean("r8.control"));
    List<Path> runtime = new ArrayList<>();
    for (String entry :
        read(Paths.get("target", "r8", "runtime-classpath.txt")).trim().split(File.pathSeparator)) {
      Path jar = asJar(Paths.get(entry));
      runtime.add(jar.getFileName().toString().startsWith("medusa-sdk") ? withoutRules(jar) : jar);
    }
    Path broken = WORK.resolve("app-shrunk-without-sdk-rules.jar");
    Result r8 = r8(WORK.resolve("app.jar"), runtime, broken);
    assertEquals(r8.output, 0, r8.exitCode);
    try (MedusaMockServer server = new MedusaMockServer().start()) {
      Result run =
          run(
              Arrays.asList(
                  java(), "-cp", broken.toString(), "shrinkapp.ShrinkApp", server.baseUrl()),
              60);
      assertTrue(
          "expected a failure or nulls without the rules:\n" + run.output,
          run.exitCode != 0 || run.output.contains("=null"));
    }
  }

  private static Path withoutRules(Path jar) throws IOException {
    Path copy = WORK.resolve("medusa-sdk-without-rules.jar");
    try (JarFile in = new JarFile(jar.toFile());
        OutputStream file = Files.newOutputStream(copy);
        JarOutputStream out = new JarOutputStream(file)) {
      for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (entry.getName().endsWith(".pro") || entry.isDirectory()) {
          continue;
        }
        out.putNextEntry(new JarEntry(entry.getName()));
        try (InputStream data = in.getInputStream(entry)) {
          copyStream(data, out);
        }
        out.closeEntry();
      }
    }
    return copy;
  }

  private static void copyStream(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
    }
  }

  @Test
  public void sdkJarShipsItsRulesUnderBothNames() throws IOException {
    List<String> sdkRules =
        rules.stream()
            .map(Path::toString)
            .filter(p -> p.contains("medusa-sdk"))
            .collect(Collectors.toList());
    assertEquals("R8 reads the com.android.tools copy: " + sdkRules, 1, sdkRules.size());
    Path sdkJar =
        asJar(
            Paths.get(
                Arrays.stream(
                        read(Paths.get("target", "r8", "runtime-classpath.txt"))
                            .trim()
                            .split(File.pathSeparator))
                    .filter(p -> p.contains("medusa-sdk") || p.contains("sdk/target/classes"))
                    .findFirst()
                    .get()));
    try (JarFile jar = new JarFile(sdkJar.toFile())) {
      String proguard = read(jar, "META-INF/proguard/medusa-sdk.pro");
      String r8 = read(jar, "META-INF/com.android.tools/r8/medusa-sdk.pro");
      assertEquals(proguard, r8);
      assertTrue(r8.contains("io.medusajava.internal.OneOf"));
    }
  }

  @Test
  public void shrunkAppDecodesRealValues() throws Exception {
    assertTrue("R8 must have shrunk something", Files.size(shrunk) > 0);
    try (MedusaMockServer server = new MedusaMockServer().start()) {
      Result run =
          run(
              Arrays.asList(
                  java(), "-cp", shrunk.toString(), "shrinkapp.ShrinkApp", server.baseUrl()),
              60);
      assertEquals(
          "the shrunk app failed:\n" + run.output + "\nR8 said:\n" + r8Output, 0, run.exitCode);
      Map<String, String> values = new LinkedHashMap<>();
      for (String line : run.output.split("\\R")) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("WARNING")) {
          values.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
      for (Map.Entry<String, String> e : values.entrySet()) {
        assertFalse(
            e.getKey() + " decoded to null in:\n" + run.output, e.getValue().equals("null"));
      }
      assertTrue(run.output, values.get("region.id").startsWith("reg_"));
      assertTrue(run.output, values.get("region.created_at").matches("\\d{4}-.*"));
      assertTrue(run.output, values.get("product.id").startsWith("prod_"));
      assertEquals(
          run.output, "published", values.get("product.status")); // toString() is the wire value
      assertTrue(run.output, values.get("cart.id").startsWith("cart_"));
      assertTrue(run.output, values.get("line_item.id").startsWith("item_"));
      assertEquals(run.output, "2", values.get("line_item.quantity"));
      int unitPrice = Integer.parseInt(values.get("line_item.unit_price"));
      assertTrue(run.output, unitPrice > 0);
      assertEquals(run.output, String.valueOf(2 * unitPrice), values.get("cart.subtotal"));
      assertTrue(run.output, Integer.parseInt(values.get("cart.total")) >= 2 * unitPrice);
      assertEquals(run.output, "cart_oneof", values.get("oneof.cart.id"));
      assertTrue(run.output, values.get("oneof.roundtrip").contains("\"id\":\"cart_oneof\""));
    }
  }

  /**
   * Measures what the SDK costs an app in dex, for BENCHMARKS.md (bench/run.sh reads
   * target/r8-test/dex-size.txt): the shrunk app dexed by D8, less the dex of an app that makes no
   * SDK call; and the shrunk SDK classes alone.
   */
  @Test
  public void reportsTheDexTheSdkAdds() throws Exception {
    long app = dexBytes(shrunk, null, "dex-app");
    Path sdkOnly = WORK.resolve("shrunk-sdk-only.jar");
    Path others = WORK.resolve("shrunk-without-sdk.jar");
    split(shrunk, originalNames(Paths.get(shrunk + ".map")), "io.medusajava.", sdkOnly, others);
    long sdkOwn = dexBytes(sdkOnly, others, "dex-sdk-only");
    long baseline =
        dexBytes(
            compile(
                "Baseline",
                "package shrinkapp;\n"
                    + "public final class ShrinkApp {\n"
                    + "  public static void main(String[] args) {\n"
                    + "    System.out.println(\"region.id=\" + args[0]);\n"
                    + "  }\n"
                    + "}\n",
                Collections.<Path>emptyList()),
            null,
            "dex-baseline");
    long adds = app - baseline;
    String line =
        "RESULT r8 app="
            + app
            + " baseline="
            + baseline
            + " sdk_adds="
            + adds
            + " sdk_own="
            + sdkOwn;
    System.out.println(line);
    Files.write(WORK.resolve("dex-size.txt"), (line + "\n").getBytes(StandardCharsets.UTF_8));
    assertTrue(line, sdkOwn > 0 && sdkOwn < adds);
  }

  /** The size of the dex D8 makes of {@code input} (release, min API 21), as an app build would. */
  private static long dexBytes(Path input, Path classpath, String name) throws Exception {
    Path out = WORK.resolve(name);
    Files.createDirectories(out);
    List<String> command =
        new ArrayList<>(
            Arrays.asList(
                java(),
                "-Xmx1g",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("r8.jar", "target/r8/r8.jar"),
                "com.android.tools.r8.D8",
                "--release",
                "--min-api",
                "21",
                "--lib",
                System.getProperty("java.home"),
                "--lib",
                androidJar(),
                "--output",
                out.toString()));
    if (classpath != null) {
      command.add("--classpath");
      command.add(classpath.toString());
    }
    command.add(input.toString());
    Result d8 = run(command, 300);
    assertEquals("D8 failed:\n" + d8.output, 0, d8.exitCode);
    try (Stream<Path> files = Files.walk(out)) {
      return files
          .filter(f -> f.toString().endsWith(".dex"))
          .mapToLong(f -> f.toFile().length())
          .sum();
    }
  }

  /**
   * Shrunk class name to original, from R8's mapping: R8 moves renamed classes out of their
   * packages.
   */
  private static Map<String, String> originalNames(Path mapping) throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    for (String line : read(mapping).split("\\R")) {
      int arrow = line.indexOf(" -> ");
      if (arrow > 0 && !line.startsWith(" ") && !line.startsWith("#") && line.endsWith(":")) {
        names.put(line.substring(arrow + 4, line.length() - 1), line.substring(0, arrow));
      }
    }
    return names;
  }

  /**
   * Copies the classes of {@code jar} whose original name starts with {@code prefix} to {@code
   * matching} and the others to {@code rest}.
   */
  private static void split(
      Path jar, Map<String, String> originalNames, String prefix, Path matching, Path rest)
      throws IOException {
    try (JarFile in = new JarFile(jar.toFile());
        JarOutputStream yes = new JarOutputStream(Files.newOutputStream(matching));
        JarOutputStream no = new JarOutputStream(Files.newOutputStream(rest))) {
      for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (entry.isDirectory() || !entry.getName().endsWith(".class")) {
          continue;
        }
        String name =
            entry
                .getName()
                .substring(0, entry.getName().length() - ".class".length())
                .replace('/', '.');
        JarOutputStream out = originalNames.getOrDefault(name, name).startsWith(prefix) ? yes : no;
        out.putNextEntry(new JarEntry(entry.getName()));
        try (InputStream data = in.getInputStream(entry)) {
          copyStream(data, out);
        }
        out.closeEntry();
      }
    }
  }

  private static Path compileApp(List<Path> classpath) throws IOException {
    String source;
    try (InputStream in = R8ShrinkTest.class.getResourceAsStream("/r8app/ShrinkApp.java")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      copyStream(in, bytes);
      source = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
    Path app = compile("app", source, classpath);
    return Files.move(app, WORK.resolve("app.jar"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Compiles one {@code shrinkapp.ShrinkApp} source for Java 8 into {@code <name>.jar}. */
  private static Path compile(String name, String source, List<Path> classpath) throws IOException {
    Path src = WORK.resolve(name + "-src/shrinkapp/ShrinkApp.java");
    Files.createDirectories(src.getParent());
    Files.write(src, source.getBytes(StandardCharsets.UTF_8));
    Path classes = WORK.resolve(name + "-classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc =
        javac.run(
            null,
            null,
            errors,
            "--release",
            "8",
            "-nowarn",
            "-d",
            classes.toString(),
            "-cp",
            classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
            src.toString());
    assertEquals(errors.toString(), 0, rc);
    return zip(classes, WORK.resolve(name + "-compiled.jar"));
  }

  /**
   * The rules a shrinker takes from a dependency jar, the way the Android Gradle plugin picks them:
   * the META-INF/com.android.tools/r8* folders that match this R8 when there are any, otherwise
   * META-INF/proguard.
   */
  private static List<Path> shippedRules(Path jarPath) throws IOException {
    List<Path> r8Specific = new ArrayList<>();
    List<Path> proguard = new ArrayList<>();
    boolean hasToolsDir = false;
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        String name = entry.getName();
        if (entry.isDirectory()) {
          continue;
        }
        if (name.startsWith("META-INF/com.android.tools/")) {
          hasToolsDir = true;
          String dir =
              name.substring("META-INF/com.android.tools/".length(), name.lastIndexOf('/') + 1);
          if (appliesToThisR8(dir.replace("/", ""))) {
            r8Specific.add(extract(jar, entry, jarPath));
          }
        } else if (name.startsWith("META-INF/proguard/")) {
          proguard.add(extract(jar, entry, jarPath));
        }
      }
    }
    return hasToolsDir ? r8Specific : proguard;
  }

  private static boolean appliesToThisR8(String dir) {
    if (dir.equals("r8")) {
      return true;
    }
    String from =
        dir.matches("r8-from-[^@]+.*") ? dir.replaceFirst("r8-from-([^@]+).*", "$1") : null;
    String upto =
        dir.matches("r8(-from-[^@]+)?-upto-.+") ? dir.replaceFirst(".*-upto-(.+)", "$1") : null;
    if (from == null && upto == null) {
      return false; // proguard/ or another tool's folder
    }
    return (from == null || compare(from, R8_VERSION) <= 0)
        && (upto == null || compare(R8_VERSION, upto) < 0);
  }

  private static int compare(String a, String b) {
    String[] x = a.split("[.-]");
    String[] y = b.split("[.-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length && x[i].matches("\\d+") ? Integer.parseInt(x[i]) : 0;
      int q = i < y.length && y[i].matches("\\d+") ? Integer.parseInt(y[i]) : 0;
      if (p != q) {
        return Integer.compare(p, q);
      }
    }
    return 0;
  }

  private static Path extract(JarFile jar, JarEntry entry, Path jarPath) throws IOException {
    String base = jarPath.getFileName().toString().replaceAll("\\.jar$", "");
    Path out = WORK.resolve("rules").resolve(base + "--" + entry.getName().replace('/', '_'));
    Files.createDirectories(out.getParent());
    try (InputStream in = jar.getInputStream(entry)) {
      Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }
    return out;
  }

  /**
   * R8 reads jars; in a reactor build before "package" a module can resolve to its classes folder.
   */
  private static Path asJar(Path entry) throws IOException {
    if (!Files.isDirectory(entry)) {
      return entry;
    }
    return zip(entry, WORK.resolve(entry.getParent().getParent().getFileName() + "-classes.jar"));
  }

  private static Path zip(Path dir, Path jarFile) throws IOException {
    try (OutputStream out = Files.newOutputStream(jarFile);
        JarOutputStream jar = new JarOutputStream(out);
        Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        jar.putNextEntry(
            new JarEntry(dir.relativize(f).toString().replace(File.separatorChar, '/')));
        Files.copy(f, jar);
        jar.closeEntry();
      }
    }
    return jarFile;
  }

  private static final class Result {
    final int exitCode;
    final String output;

    Result(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }
  }

  private static Result run(List<String> command, int timeoutSeconds) throws Exception {
    Path log = Files.createTempFile(WORK, "process", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "timed out after " + timeoutSeconds + " s: " + command + "\n" + read(log));
    }
    return new Result(process.exitValue(), read(log));
  }

  /**
   * The Android API jar as the second library, as in an app's build: Retrofit refers to android.os
   * classes that R8 would otherwise report missing. It adds classes to look up, not rules.
   */
  private static String androidJar() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> p.replace(File.separatorChar, '/').contains("/com/google/android/android/"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("android.jar is not on the test classpath"));
  }

  private static String java() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  private static String read(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    assertTrue(jar.getName() + " has no " + name, entry != null);
    try (InputStream in = jar.getInputStream(entry)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
          Files.delete(f);
        }
      }
    }
  }
}
