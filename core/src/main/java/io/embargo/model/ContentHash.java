package io.embargo.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Canonical serialisation of a {@link ListEntry} for hashing: every field, length-prefixed, in fixed order. */
final class ContentHash {
  private ContentHash() {}

  static String of(ListEntry e) {
    StringBuilder sb = new StringBuilder(256);
    put(sb, e.list().code());
    put(sb, e.sourceId());
    put(sb, e.sourceProgram());
    put(sb, e.type().code());
    put(sb, e.name());
    sb.append('A').append(e.aliases().size());
    for (Alias a : e.aliases()) {
      put(sb, a.name());
      put(sb, a.quality().name());
      put(sb, a.kind());
    }
    sb.append('D').append(e.addresses().size());
    for (Address a : e.addresses()) {
      put(sb, a.street());
      put(sb, a.city());
      put(sb, a.region());
      put(sb, a.postalCode());
      put(sb, a.country());
    }
    sb.append('I').append(e.identifiers().size());
    for (Identifier i : e.identifiers()) {
      put(sb, i.type());
      put(sb, i.number());
      put(sb, i.country());
    }
    sb.append('B').append(e.datesOfBirth().size());
    for (DateOfBirth d : e.datesOfBirth()) {
      put(sb, d.from() + "/" + d.to() + "/" + d.precision());
    }
    putAll(sb, 'P', e.placesOfBirth());
    putAll(sb, 'N', e.nationalities());
    putAll(sb, 'G', e.programs());
    put(sb, e.remarks());
    put(sb, e.listedOn() == null ? null : e.listedOn().toString());
    put(sb, e.federalRegisterCitation());
    put(sb, e.licenceRequirement());
    put(sb, e.licencePolicy());
    put(sb, e.sourceUrl());
    putAll(sb, 'L', e.linkedTo());
    put(sb, e.title());
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is required of every JVM", ex);
    }
  }

  private static void putAll(StringBuilder sb, char tag, List<String> l) {
    sb.append(tag).append(l.size());
    for (String s : l) {
      put(sb, s);
    }
  }

  private static void put(StringBuilder sb, String s) {
    if (s == null) {
      sb.append("~");
    } else {
      sb.append(s.length()).append(':').append(s);
    }
  }
}
