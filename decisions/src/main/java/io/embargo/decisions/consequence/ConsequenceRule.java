package io.embargo.decisions.consequence;

import io.embargo.model.ListEntry;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One rule of {@code consequences.json}: which entries it covers and the effects it renders. */
record ConsequenceRule(String id, String title, boolean blocking, String ownershipRule, Set<String> lists,
    Set<String> sourcePrograms, List<Pattern> programPatterns, boolean fallback, String citation, boolean verified,
    List<String> effects) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  boolean matches(ListEntry e) {
    if (fallback) {
      return true;
    }
    if (e.sourceProgram() != null && sourcePrograms.contains(e.sourceProgram().trim().toUpperCase(Locale.ROOT))) {
      return true;
    }
    if (e.sourceProgram() == null && lists.contains(e.list().code())) {
      return true;
    }
    for (String p : e.programs()) {
      for (Pattern pat : programPatterns) {
        if (pat.matcher(p.trim().toUpperCase(Locale.ROOT)).find()) {
          return true;
        }
      }
    }
    return false;
  }

  Consequence render(ListEntry e) {
    List<String> out = new ArrayList<>();
    for (String template : effects) {
      String s = fill(template, e);
      if (s != null) {
        out.add(s);
      }
    }
    return new Consequence(id, title, blocking, out, citation, verified, ownershipRule);
  }

  /** The template with placeholders filled, or null when it has placeholders and all are empty. */
  private static String fill(String template, ListEntry e) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    boolean any = false;
    boolean filled = false;
    while (m.find()) {
      any = true;
      String v = value(m.group(1), e);
      filled |= v != null && !v.isBlank();
      m.appendReplacement(sb, Matcher.quoteReplacement(v == null || v.isBlank() ? "(not stated)" : v.trim()));
    }
    m.appendTail(sb);
    return any && !filled ? null : sb.toString();
  }

  private static String value(String name, ListEntry e) {
    switch (name) {
      case "licenceRequirement": return e.licenceRequirement();
      case "licencePolicy": return e.licencePolicy();
      case "federalRegisterCitation": return e.federalRegisterCitation();
      case "listedOn": return e.listedOn() == null ? null : e.listedOn().format(DateTimeFormatter.ISO_LOCAL_DATE);
      case "programs": return e.programs().isEmpty() ? null : String.join("; ", e.programs());
      default: throw new IllegalStateException("consequences.json: unknown placeholder {" + name + "}");
    }
  }
}
