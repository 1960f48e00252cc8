package org.gazette.entity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    private final RoleTitles titles = RoleTitles.shipped();

    @Test
    void aFullNameIsGivenNamesThenSurname() {
        PersonName name = PersonName.read("Recep Tayyip Erdoğan", titles).orElseThrow();

        assertThat(name.given()).containsExactly("Recep", "Tayyip");
        assertThat(name.surname()).isEqualTo("Erdoğan");
    }

    @Test
    void aSurnameFirstIsRecognisedByItsEnding() {
        PersonName name = PersonName.read("Aliyev Ilham", titles).orElseThrow();

        assertThat(name.surname()).isEqualTo("Aliyev");
        assertThat(name.given()).containsExactly("Ilham");
    }

    @Test
    void patronymicsAreLeftOut() {
        assertThat(PersonName.read("Əliyev İlham Heydər oğlu", titles).orElseThrow())
                .isEqualTo(new PersonName(List.of("İlham"), List.of(), "Əliyev", Set.of()));
        assertThat(PersonName.read("Лавров Сергей Викторович", titles).orElseThrow())
                .isEqualTo(new PersonName(List.of("Сергей"), List.of(), "Лавров", Set.of()));
    }

    @Test
    void initialsAreKeptApartFromGivenNames() {
        PersonName spaced = PersonName.read("I. Aliyev", titles).orElseThrow();
        PersonName joined = PersonName.read("İ.Əliyev", titles).orElseThrow();

        assertThat(spaced.hasInitial()).isTrue();
        assertThat(spaced.initials()).containsExactly("I");
        assertThat(joined.initials()).containsExactly("İ");
        assertThat(joined.surname()).isEqualTo("Əliyev");
    }

    @Test
    void aLeadingTitleIsARoleNotAName() {
        PersonName name = PersonName.read("President Ilham Aliyev", titles).orElseThrow();

        assertThat(name.roles()).containsExactly("president");
        assertThat(name.given()).containsExactly("Ilham");
    }

    @Test
    void aTwoWordNameCanBeReadTheOtherWayRound() {
        PersonName name = PersonName.read("Ilham Aliyev", titles).orElseThrow();

        assertThat(name.swapped().orElseThrow().surname()).isEqualTo("Ilham");
    }
}
