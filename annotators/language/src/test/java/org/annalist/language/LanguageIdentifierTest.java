package org.annalist.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The detector's own n-gram scoring against OpenNLP's {@code LanguageDetectorME} on the same texts. */
class LanguageIdentifierTest {

  private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();
  private static final LanguageDetectorME OPENNLP = new LanguageDetectorME(LanguageIdentifier.model());

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("en", "The council voted on Tuesday to close the old bridge after engineers found cracks in two of its piers."),
        Arguments.of("de", "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen, nachdem Ingenieure Risse gefunden hatten."),
        Arguments.of("fr", "Le conseil municipal a décidé mardi de fermer le vieux pont après que des ingénieurs y ont trouvé des fissures."),
        Arguments.of("es", "El ayuntamiento decidió el martes cerrar el puente viejo después de que los ingenieros encontraran grietas."),
        Arguments.of("ru", "Городской совет во вторник решил закрыть старый мост после того, как инженеры обнаружили трещины."),
        Arguments.of("el", "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα ΜΕΤΑ ΑΠΟ ΡΩΓΜΈΣ ΣΤΙΣ ΚΟΛΌΝΕΣ."),
        Arguments.of("tr", "İSTANBUL – Belediye meclisi salı günü eski köprüyü kapatmaya karar verdi; mühendisler çatlak buldu."),
        Arguments.of("ja", "市議会は火曜日、技術者が橋脚にひびを見つけたため、古い橋を閉鎖することを決めた。"),
        Arguments.of("zh", "市议会周二决定关闭这座旧桥，因为工程师在两个桥墩上发现了裂缝。"),
        // what the normalisers remove or shrink: URLs, e-mail, handles, hashtags, numbers, laughter, repeats, emoji
        Arguments.of("en", "RT @cityhall: the bridge is CLOSED!!!! 2,400 cars a day use it http://example.org/bridge?id=12 "
            + "write to desk@example.org #bridge hahahaha soooo bad :-) 😀😀 𝐁𝐫𝐢𝐝𝐠𝐞    closed    today"),
        Arguments.of("nl", "De gemeenteraad besloot dinsdag de oude brug te sluiten nadat ingenieurs scheuren hadden gevonden."));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void givesOpenNlpsLanguageAndConfidence(String language, String text) {
    LanguageIdentifier.Guess guess = IDENTIFIER.identify(text)[0];
    Language reference = OPENNLP.predictLanguage(text);

    assertThat(guess.language()).isEqualTo(LanguageIdentifier.toIso1(reference.getLang()));
    assertThat(guess.confidence()).isCloseTo(reference.getConfidence(), within(1e-9));
    if (!text.startsWith("RT")) {
      assertThat(guess.language()).isEqualTo(language);
    }
  }

  @ParameterizedTest
  @MethodSource("texts")
  void givesOpenNlpsRunnerUp(String language, String text) {
    LanguageIdentifier.Guess second = IDENTIFIER.identify(text)[1];
    Language reference = OPENNLP.predictLanguages(text)[1];

    assertThat(second.language()).isEqualTo(LanguageIdentifier.toIso1(reference.getLang()));
    assertThat(second.confidence()).isCloseTo(reference.getConfidence(), within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void givesTheSameAnswerTwice(String language, String text) {
    LanguageIdentifier.Guess first = IDENTIFIER.identify(text)[0];
    IDENTIFIER.identify("Something else entirely, in English, to change the scorer's state.");
    assertThat(IDENTIFIER.identify(text)[0]).isEqualTo(first);
  }
}
