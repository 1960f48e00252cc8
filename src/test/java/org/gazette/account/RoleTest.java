package org.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.REPORTER)).isTrue();
        assertThat(Role.REPORTER.includes(Role.EDITOR)).isFalse();
        assertThat(Role.EDITOR.authorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_REPORTER", "ROLE_EDITOR");
    }

    @Test
    void unknownRoleCodeIsRefusedWithTheValue() {
        assertThatThrownBy(() -> Role.fromCode("chief"))
                .hasMessage("unknown role 'chief'; expected reporter, editor or admin");
    }
}
