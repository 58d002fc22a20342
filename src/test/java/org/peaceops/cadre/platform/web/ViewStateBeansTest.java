package org.peaceops.cadre.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.omnifaces.cdi.ViewScoped;

/**
 * Pages keep their view-scoped beans in the page state they send to the
 * browser (client-side state saving), so every such bean is serialized on every
 * page: one field of a type that is not serializable turns the page into a
 * failure. This finds such fields without opening every page with every kind
 * of data.
 */
class ViewStateBeansTest {

    @Test
    void everyFieldOfAViewScopedBeanCanTravelInThePageState() throws Exception {
        List<Class<?>> beans = viewScopedBeans();
        assertFalse(beans.size() < 10, "the view-scoped beans were not found: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                            || field.isAnnotationPresent(Inject.class)) {
                        continue; // injected beans are the container's serializable proxies
                    }
                    check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Type type, String where, List<String> problems) {
        if (type instanceof ParameterizedType generic) {
            check(generic.getRawType(), where, problems);
            for (Type argument : generic.getActualTypeArguments()) {
                check(argument, where, problems);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, where, problems);
            }
        } else if (type instanceof Class<?> plain && !plain.isPrimitive() && !plain.isInterface()
                && plain != Object.class && !Serializable.class.isAssignableFrom(plain)) {
            problems.add(where + ": " + plain.getName() + " is not serializable");
        }
    }

    private static List<Class<?>> viewScopedBeans() throws IOException, URISyntaxException {
        // the application's compiled classes, where this slice's exception handler lies
        Path classes = Path.of(CadreExceptionHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, ViewStateBeansTest.class.getClassLoader());
                    if (type.isAnnotationPresent(ViewScoped.class)) {
                        beans.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError unloadable) {
                    // classes that need the server to load are not view beans
                }
            }
        }
        return beans;
    }
}
