package org.gazette.system;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import picocli.CommandLine.Command;

/**
 * The command classes of the application: every class under its package annotated with picocli's
 * {@link Command}. Read from the class files, so the command line knows its commands before (and
 * without) starting the application, and no command has to be listed anywhere.
 */
final class CommandClasses {

    private CommandClasses() {}

    static List<Class<?>> in(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Command.class));
        ClassLoader loader = CommandClasses.class.getClassLoader();
        return scanner.findCandidateComponents(basePackage).stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> !name.equals(CommandLineInterface.Root.class.getName()))
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, loader))
                .toList();
    }
}
