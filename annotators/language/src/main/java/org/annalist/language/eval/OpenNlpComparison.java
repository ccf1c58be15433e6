package org.annalist.language.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.annalist.core.eval.EvalReport;
import org.annalist.language.LanguageIdentifier;

/**
 * {@code annalist eval language --compare-opennlp}: runs the annotator's detector and OpenNLP's own
 * {@code LanguageDetectorME} on the same samples (the first {@code maxCharacters} characters of each
 * text), alternating which goes first text by text so that both meet the same machine load, and
 * reports how often they differ and their CPU time per text.
 */
final class OpenNlpComparison {

  private OpenNlpComparison() {}

  static void addTo(EvalReport report, List<LanguageEvalCommand.Sample> samples, int maxCharacters, int rounds) {
    LanguageIdentifier fast = new LanguageIdentifier();
    LanguageDetectorME reference = new LanguageDetectorME(LanguageIdentifier.model());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long fastNanos = 0;
    long referenceNanos = 0;
    long differentLanguage = 0;
    double maxConfidenceDifference = 0;
    long timed = 0;
    for (int round = 0; round <= rounds; round++) { // round 0 is the warm-up
      for (int i = 0; i < samples.size(); i++) {
        String text = samples.get(i).text();
        String sample = text.substring(0, Math.min(maxCharacters, text.length()));
        long fastTime;
        long referenceTime;
        LanguageIdentifier.Guess guess;
        Language language;
        if ((i + round) % 2 == 0) {
          long start = threads.getCurrentThreadCpuTime();
          guess = fast.identify(sample)[0];
          long middle = threads.getCurrentThreadCpuTime();
          language = reference.predictLanguage(sample);
          long end = threads.getCurrentThreadCpuTime();
          fastTime = middle - start;
          referenceTime = end - middle;
        } else {
          long start = threads.getCurrentThreadCpuTime();
          language = reference.predictLanguage(sample);
          long middle = threads.getCurrentThreadCpuTime();
          guess = fast.identify(sample)[0];
          long end = threads.getCurrentThreadCpuTime();
          referenceTime = middle - start;
          fastTime = end - middle;
        }
        if (round == 0) {
          continue;
        }
        timed++;
        fastNanos += fastTime;
        referenceNanos += referenceTime;
        if (!guess.language().equals(LanguageIdentifier.toIso1(language.getLang()))) {
          differentLanguage++;
        }
        maxConfidenceDifference = Math.max(maxConfidenceDifference, Math.abs(guess.confidence() - language.getConfidence()));
      }
    }
    report.put("compare.rounds", rounds);
    report.put("compare.differentLanguage", differentLanguage / Math.max(1, rounds));
    report.put("compare.maxConfidenceDifference", String.format("%.1e", maxConfidenceDifference));
    report.put("compare.cpuMillisecondsPerText.annalist", fastNanos / 1e6 / Math.max(1, timed));
    report.put("compare.cpuMillisecondsPerText.opennlp", referenceNanos / 1e6 / Math.max(1, timed));
    report.put("compare.speedup", fastNanos == 0 ? 0 : (double) referenceNanos / fastNanos);
  }
}
