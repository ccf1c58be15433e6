package org.annalist.quotes.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves speaker mentions, in document order, to the fullest name of a person or organisation:
 * names through the {@link NameRegistry}; "he"/"she" to the most recent person speaker (else the
 * most recent full person name); "it" to the most recent organisation or document source;
 * "the statement" to the source of the latest statement; descriptions ("a coalition official")
 * stay unnamed, with their role.
 */
public final class SpeakerResolver {

  /** Pronoun antecedents are looked for this far back (characters). */
  private static final int SPEAKER_WINDOW = 2500;
  private static final int NAME_WINDOW = 800;

  /** A speaker and role as resolved. */
  public record Resolution(String speaker, String role) {}

  private record Previous(int position, EntityKind kind, String speaker, String role, String head) {}

  private final NameRegistry names;
  private final List<Previous> history = new ArrayList<>();
  private final Map<String, String> roleBySpeaker = new HashMap<>();

  public SpeakerResolver(NameRegistry names) {
    this.names = names;
  }

  /** Resolves one mention at document offset {@code position}; call in document order. */
  public Resolution resolve(Mention mention, int position) {
    Resolution resolution = switch (mention.kind()) {
      case PERSON -> person(mention, position);
      case ORGANIZATION -> new Resolution(mention.name(), mention.role());
      case DOCUMENT -> document(mention, position);
      case PRONOUN -> pronoun(mention, position);
      case DESCRIPTION -> description(mention, position);
      case GROUP -> group(mention, position);
    };
    EntityKind kind = mention.kind() == EntityKind.PRONOUN ? kindOfPronounTarget(mention) : mention.kind();
    history.add(new Previous(position, kind, resolution.speaker(), resolution.role(), mention.head()));
    return resolution;
  }

  private Resolution person(Mention mention, int position) {
    String speaker = names.canonical(mention.name(), position);
    String role = mention.role();
    if (role != null) {
      roleBySpeaker.putIfAbsent(speaker, role);
    } else {
      role = roleBySpeaker.get(speaker);
    }
    return new Resolution(speaker, role);
  }

  /** Each member of a coordinated group by its fullest name: "Trump and Clinton" -> "Donald Trump and Hillary Clinton". */
  private Resolution group(Mention mention, int position) {
    String[] members = GROUP_SEPARATOR.split(mention.name());
    StringBuilder speaker = new StringBuilder();
    for (int i = 0; i < members.length; i++) {
      if (i > 0) {
        speaker.append(i == members.length - 1 ? " and " : ", ");
      }
      speaker.append(names.canonical(members[i].strip(), position));
    }
    return new Resolution(speaker.toString(), null);
  }

  private static final java.util.regex.Pattern GROUP_SEPARATOR = java.util.regex.Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+");

  private Resolution document(Mention mention, int position) {
    if (mention.name() != null && !mention.name().isBlank()) {
      return new Resolution(mention.name(), null);
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      Previous previous = history.get(i);
      if (position - previous.position() > SPEAKER_WINDOW) {
        break;
      }
      if ((previous.kind() == EntityKind.DOCUMENT || previous.kind() == EntityKind.ORGANIZATION)
          && previous.speaker() != null) {
        return new Resolution(previous.speaker(), previous.role());
      }
    }
    return new Resolution(null, null);
  }

  private Resolution description(Mention mention, int position) {
    if (mention.definite()) {
      for (int i = history.size() - 1; i >= 0; i--) {
        Previous previous = history.get(i);
        if (position - previous.position() > SPEAKER_WINDOW) {
          break;
        }
        String role = previous.role();
        if (role != null && lastWord(role).equals(mention.head())) {
          return new Resolution(previous.speaker(), role);
        }
      }
    }
    return new Resolution(null, mention.role());
  }

  private Resolution pronoun(Mention mention, int position) {
    String pronoun = mention.head();
    if (pronoun.equals("he") || pronoun.equals("she")) {
      Gender gender = Gender.ofPronoun(pronoun);
      Previous speaker = null;
      for (int i = history.size() - 1; i >= 0; i--) {
        Previous previous = history.get(i);
        if (position - previous.position() > SPEAKER_WINDOW) {
          break;
        }
        if (previous.kind() == EntityKind.PERSON && previous.speaker() != null
            && gender.compatible(names.genderOf(previous.speaker()))) {
          speaker = previous;
          break;
        }
      }
      int floor = speaker == null ? position - NAME_WINDOW : speaker.position() + 1;
      NameRegistry.Occurrence subject = names.lastSubjectBefore(position, floor, gender);
      if (subject != null) {
        String name = names.canonical(subject.name().surface(), subject.begin());
        names.noteGender(name, gender);
        return new Resolution(name, roleBySpeaker.get(name));
      }
      if (speaker != null) {
        names.noteGender(speaker.speaker(), gender);
        return new Resolution(speaker.speaker(), speaker.role());
      }
      String lastName = names.lastPersonBefore(position, position - NAME_WINDOW);
      return lastName == null ? new Resolution(null, null) : new Resolution(lastName, roleBySpeaker.get(lastName));
    }
    if (pronoun.equals("it") || pronoun.equals("they")) {
      for (int i = history.size() - 1; i >= 0; i--) {
        Previous previous = history.get(i);
        if (position - previous.position() > SPEAKER_WINDOW) {
          break;
        }
        boolean fits = previous.kind() == EntityKind.ORGANIZATION || previous.kind() == EntityKind.DOCUMENT
            || (pronoun.equals("they") && previous.kind() == EntityKind.GROUP)
            || (pronoun.equals("they") && previous.kind() == EntityKind.DESCRIPTION
                && previous.head() != null && previous.head().endsWith("s"));
        if (fits) {
          return new Resolution(previous.speaker(), previous.role());
        }
        if (previous.kind() == EntityKind.PERSON) {
          break;
        }
      }
    }
    return new Resolution(null, null);
  }

  private static EntityKind kindOfPronounTarget(Mention mention) {
    return switch (mention.head()) {
      case "he", "she" -> EntityKind.PERSON;
      case "it" -> EntityKind.ORGANIZATION;
      default -> EntityKind.PRONOUN;
    };
  }

  private static String lastWord(String text) {
    String[] words = Words.SPACES.split(text.toLowerCase(java.util.Locale.ROOT));
    return words[words.length - 1];
  }
}
