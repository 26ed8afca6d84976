package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The SDK's public API, every signature a user can reach, is written out and compared with the
 * committed {@code sdk/api/medusa-sdk.api}, so that any change to it (hand-written or generated
 * from the spec) shows up as a reviewed diff. After a deliberate change, accept it with {@code
 * -Dapi.update=true}.
 *
 * <p>Public API is every public or protected member of a public class outside {@code
 * io.medusajava.internal}, with its nullness ({@code @Nullable}, as Kotlin sees it).
 */
class PublicApiTest {
  private static final Path CLASSES = Path.of("target/classes");
  private static final Path COMMITTED = Path.of("api/medusa-sdk.api");

  @Test
  void publicApiMatchesTheCommittedSignatures() throws IOException {
    String current = render();
    if (Boolean.getBoolean("api.update")) {
      Files.createDirectories(COMMITTED.getParent());
      Files.write(COMMITTED, current.getBytes(StandardCharsets.UTF_8));
      return;
    }
    assertTrue(Files.exists(COMMITTED), COMMITTED + " is missing; write it with -Dapi.update=true");
    String committed = new String(Files.readAllBytes(COMMITTED), StandardCharsets.UTF_8);
    if (!committed.equals(current)) {
      fail(
          "the public API changed; review the difference, then accept it with -Dapi.update=true:\n"
              + difference(committed, current));
    }
  }

  @Test
  void internalsStayOutOfThePublicApi() throws IOException {
    String api = render();
    for (String hidden :
        List.of(
            "io.medusajava.internal.",
            "HttpStack",
            "PageFetcher",
            "Paging<",
            "MedusaCall(",
            "Resource(retrofit2")) {
      assertTrue(!api.contains(hidden), "public API exposes " + hidden);
    }
  }

  static String render() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      lines.add(header(type));
      TreeSet<String> members = new TreeSet<>();
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          members.add(modifiers(f.getModifiers()) + type(f.getAnnotatedType()) + " " + f.getName());
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          members.add(modifiers(c.getModifiers()) + type.getSimpleName() + parameters(c));
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          String generic = typeParameters(m.getTypeParameters());
          members.add(
              modifiers(m.getModifiers() & ~Modifier.TRANSIENT)
                  + (generic.isEmpty() ? "" : generic + " ")
                  + type(m.getAnnotatedReturnType())
                  + " "
                  + m.getName()
                  + parameters(m));
        }
      }
      members.forEach(m -> lines.add("  " + m));
    }
    // Nested classes as Java spells them (MedusaStore.Builder), not as the JVM does.
    return String.join("\n", lines).replace('$', '.') + "\n";
  }

  private static List<Class<?>> publicClasses() throws IOException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES.resolve("io/medusajava"))) {
      for (Path file :
          files
              .filter(p -> p.toString().endsWith(".class"))
              .sorted()
              .collect(Collectors.toList())) {
        String name = CLASSES.relativize(file).toString().replace('/', '.').replace(".class", "");
        if (name.startsWith("io.medusajava.internal.") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IOException(e);
        }
        if (reachable(type)) {
          out.add(type);
        }
      }
    }
    return out;
  }

  private static boolean reachable(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String header(Class<?> type) {
    String kind =
        type.isAnnotation()
            ? "@interface"
            : type.isInterface() ? "interface" : type.isEnum() ? "enum" : "class";
    int modifiers =
        type.getModifiers()
            & ~(Modifier.INTERFACE | Modifier.ABSTRACT * (type.isInterface() ? 1 : 0));
    StringBuilder s =
        new StringBuilder(modifiers(modifiers))
            .append(kind)
            .append(' ')
            .append(type.getName())
            .append(typeParameters(type.getTypeParameters()));
    Type parent = type.getGenericSuperclass();
    if (parent != null && parent != Object.class && !type.isEnum()) {
      s.append(" extends ").append(parent.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      List<String> names = new ArrayList<>();
      for (Type t : interfaces) {
        names.add(t.getTypeName());
      }
      s.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", names));
    }
    return s.toString();
  }

  private static String modifiers(int modifiers) {
    String s =
        Modifier.toString(
            modifiers
                & (Modifier.PUBLIC
                    | Modifier.PROTECTED
                    | Modifier.STATIC
                    | Modifier.FINAL
                    | Modifier.ABSTRACT
                    | Modifier.TRANSIENT));
    return s.isEmpty() ? "" : s + " ";
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (TypeVariable<?> v : variables) {
      Type[] bounds = v.getBounds();
      names.add(
          v.getName()
              + (bounds.length == 1 && bounds[0] == Object.class
                  ? ""
                  : " extends "
                      + Stream.of(bounds)
                          .map(Type::getTypeName)
                          .collect(Collectors.joining(" & "))));
    }
    return "<" + String.join(", ", names) + ">";
  }

  private static String parameters(Executable e) {
    List<String> types = new ArrayList<>();
    AnnotatedType[] annotated = e.getAnnotatedParameterTypes();
    for (int i = 0; i < annotated.length; i++) {
      String t = type(annotated[i]);
      types.add(
          e.isVarArgs() && i == annotated.length - 1 ? t.substring(0, t.length() - 2) + "..." : t);
    }
    return "(" + String.join(", ", types) + ")";
  }

  /** A type as written, with JSpecify's {@code @Nullable} where it is declared. */
  private static String type(AnnotatedType t) {
    String nullable = t.isAnnotationPresent(Nullable.class) ? "@Nullable " : "";
    if (t instanceof AnnotatedArrayType) {
      return type(((AnnotatedArrayType) t).getAnnotatedGenericComponentType())
          + " "
          + nullable.trim()
          + (nullable.isEmpty() ? "" : " ")
          + "[]";
    }
    if (t instanceof AnnotatedParameterizedType) {
      ParameterizedType p = (ParameterizedType) t.getType();
      List<String> args = new ArrayList<>();
      for (AnnotatedType a : ((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()) {
        args.add(type(a));
      }
      return nullable + p.getRawType().getTypeName() + "<" + String.join(", ", args) + ">";
    }
    if (t instanceof AnnotatedWildcardType) {
      AnnotatedWildcardType w = (AnnotatedWildcardType) t;
      if (w.getAnnotatedLowerBounds().length > 0) {
        return "? super " + type(w.getAnnotatedLowerBounds()[0]);
      }
      AnnotatedType[] upper = w.getAnnotatedUpperBounds();
      return upper.length == 0 || upper[0].getType() == Object.class
          ? "?"
          : "? extends " + type(upper[0]);
    }
    return nullable + t.getType().getTypeName();
  }

  /** The lines only in one of the two texts, marked as a diff marks them. */
  private static String difference(String before, String after) {
    List<String> old = List.of(before.split("\n"));
    List<String> now = List.of(after.split("\n"));
    StringBuilder out = new StringBuilder();
    old.stream()
        .filter(l -> !now.contains(l))
        .limit(100)
        .forEach(l -> out.append("- ").append(l).append('\n'));
    now.stream()
        .filter(l -> !old.contains(l))
        .limit(100)
        .forEach(l -> out.append("+ ").append(l).append('\n'));
    return out.toString();
  }
}
