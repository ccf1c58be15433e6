package org.annalist.boilerplate.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptStripperTest {

  @Test
  void removesScriptsAndStylesWhateverTheirCase() {
    String html = "<p>a</p><SCRIPT type=x>var s = '<p>no</p>';</SCRIPT><p>b</p><Style>p{}</sTyLe>"
        + "<p>c</p><script src=x></Script ><p>d</p>";
    assertThat(ScriptStripper.strip(html)).isEqualTo("<p>a</p><p>b</p><p>c</p><p>d</p>");
  }

  @Test
  void keepsJsonLdAndLookalikeTags() {
    String html = "<script type=\"application/ld+json\">{\"a\":1}</script><scripts>x</scripts>"
        + "<styles>y</styles><strong>z</strong><span>&lt;script&gt;</span>";
    assertThat(ScriptStripper.strip(html)).isEqualTo(html);
  }

  @Test
  void unterminatedScriptIsLeftAlone() {
    String html = "<p>a</p><script>var x = 1;<p>b</p>";
    assertThat(ScriptStripper.strip(html)).isEqualTo(html);
  }

  @Test
  void textWithoutTagsComesBackUnchanged() {
    assertThat(ScriptStripper.strip("no markup at all")).isEqualTo("no markup at all");
    assertThat(ScriptStripper.strip("<s")).isEqualTo("<s");
    assertThat(ScriptStripper.strip("")).isEmpty();
  }
}
