package io.embargo.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of one official list, immutable. Entries are what importers produce, what the list store keeps
 * per version and what the matcher indexes.
 *
 * <p>Collections are never null (empty when the list says nothing) and unmodifiable. Free-text regulatory
 * columns (licence requirement, review policy, Federal Register citation) are kept verbatim, never parsed
 * into enums: their wording is the legal text.
 *
 * @param list which list
 * @param sourceId the list's own id (OFAC ent_num, CSL {@code _id}, UN DATAID, UK Unique ID, EU logicalId,
 *     …) or a stable derived id where the list has none (DPL)
 * @param sourceProgram for CSL rows the underlying source abbreviation ({@code EL}, {@code SDN}, {@code DPL},
 *     …); for other lists null
 * @param type party type
 * @param name primary name as the list writes it
 * @param aliases other names with their quality
 * @param addresses addresses
 * @param identifiers identifying documents and numbers
 * @param datesOfBirth dates of birth (persons)
 * @param placesOfBirth places of birth, verbatim
 * @param nationalities ISO-2 nationality / citizenship codes (or verbatim where no code is known)
 * @param programs sanctions programs / regimes ({@code CYBER2}, {@code RUSSIA-EO14024}, …)
 * @param remarks the list's remarks, verbatim
 * @param listedOn date the entry was listed or designated, if known
 * @param federalRegisterCitation e.g. {@code 86 FR 60759}, verbatim
 * @param licenceRequirement Entity List licence requirement column, verbatim
 * @param licencePolicy Entity List licence review policy column, verbatim
 * @param sourceUrl where the agency publishes the entry or list
 * @param linkedTo names of other parties this entry is linked to (OFAC "Linked To:")
 * @param title title or position (persons), verbatim
 */
public record ListEntry(
    ListId list,
    String sourceId,
    String sourceProgram,
    PartyType type,
    String name,
    List<Alias> aliases,
    List<Address> addresses,
    List<Identifier> identifiers,
    List<DateOfBirth> datesOfBirth,
    List<String> placesOfBirth,
    List<String> nationalities,
    List<String> programs,
    String remarks,
    LocalDate listedOn,
    String federalRegisterCitation,
    String licenceRequirement,
    String licencePolicy,
    String sourceUrl,
    List<String> linkedTo,
    String title) implements java.io.Serializable {

  public ListEntry {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (sourceId.isBlank()) {
      throw new IllegalArgumentException("sourceId is blank");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank (" + list + ":" + sourceId + ")");
    }
    aliases = copy(aliases);
    addresses = copy(addresses);
    identifiers = copy(identifiers);
    datesOfBirth = copy(datesOfBirth);
    placesOfBirth = copy(placesOfBirth);
    nationalities = copy(nationalities);
    programs = copy(programs);
    linkedTo = copy(linkedTo);
  }

  private static <T> List<T> copy(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /** {@code list:sourceId}, unique across all lists. */
  public String key() {
    return list.code() + ":" + sourceId;
  }

  /**
   * A stable SHA-256 (hex) of everything the entry says, independent of JVM and platform: two entries have
   * the same hash exactly when every field is equal. Used to tell whether an entry changed between list
   * versions (diffs, suppressions that lapse when the entry changes).
   */
  public String contentHash() {
    return ContentHash.of(this);
  }

  /** The primary name followed by every alias name. */
  public List<String> allNames() {
    List<String> names = new ArrayList<>(1 + aliases.size());
    names.add(name);
    for (Alias a : aliases) {
      names.add(a.name());
    }
    return names;
  }

  /** Every country the entry is tied to: address countries and nationalities (ISO-2), without repeats. */
  public List<String> countries() {
    List<String> cs = new ArrayList<>();
    for (Address a : addresses) {
      if (a.country() != null && !cs.contains(a.country())) {
        cs.add(a.country());
      }
    }
    for (String n : nationalities) {
      if (n != null && n.length() == 2 && !cs.contains(n)) {
        cs.add(n);
      }
    }
    return cs;
  }

  public static Builder builder(ListId list, String sourceId) {
    return new Builder(list, sourceId);
  }

  /** A builder pre-filled with this entry, for importers that enrich entries in a second pass. */
  public Builder toBuilder() {
    Builder b = new Builder(list, sourceId);
    b.sourceProgram = sourceProgram;
    b.type = type;
    b.name = name;
    b.aliases.addAll(aliases);
    b.addresses.addAll(addresses);
    b.identifiers.addAll(identifiers);
    b.datesOfBirth.addAll(datesOfBirth);
    b.placesOfBirth.addAll(placesOfBirth);
    b.nationalities.addAll(nationalities);
    b.programs.addAll(programs);
    b.remarks = remarks;
    b.listedOn = listedOn;
    b.federalRegisterCitation = federalRegisterCitation;
    b.licenceRequirement = licenceRequirement;
    b.licencePolicy = licencePolicy;
    b.sourceUrl = sourceUrl;
    b.linkedTo.addAll(linkedTo);
    b.title = title;
    return b;
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final ListId list;
    private final String sourceId;
    private String sourceProgram;
    private PartyType type = PartyType.UNKNOWN;
    private String name;
    private final List<Alias> aliases = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<Identifier> identifiers = new ArrayList<>();
    private final List<DateOfBirth> datesOfBirth = new ArrayList<>();
    private final List<String> placesOfBirth = new ArrayList<>();
    private final List<String> nationalities = new ArrayList<>();
    private final List<String> programs = new ArrayList<>();
    private String remarks;
    private LocalDate listedOn;
    private String federalRegisterCitation;
    private String licenceRequirement;
    private String licencePolicy;
    private String sourceUrl;
    private final List<String> linkedTo = new ArrayList<>();
    private String title;

    private Builder(ListId list, String sourceId) {
      this.list = list;
      this.sourceId = sourceId;
    }

    public Builder sourceProgram(String v) { sourceProgram = v; return this; }
    public Builder type(PartyType v) { type = v == null ? PartyType.UNKNOWN : v; return this; }
    public Builder name(String v) { name = v; return this; }
    public Builder alias(Alias v) { if (!aliases.contains(v)) { aliases.add(v); } return this; }
    public Builder address(Address v) { if (!addresses.contains(v)) { addresses.add(v); } return this; }
    public Builder identifier(Identifier v) { if (!identifiers.contains(v)) { identifiers.add(v); } return this; }
    public Builder dateOfBirth(DateOfBirth v) { if (!datesOfBirth.contains(v)) { datesOfBirth.add(v); } return this; }
    public Builder placeOfBirth(String v) { if (!placesOfBirth.contains(v)) { placesOfBirth.add(v); } return this; }
    public Builder nationality(String v) { if (!nationalities.contains(v)) { nationalities.add(v); } return this; }
    public Builder program(String v) { if (!programs.contains(v)) { programs.add(v); } return this; }
    public Builder remarks(String v) { remarks = v; return this; }
    public Builder listedOn(LocalDate v) { listedOn = v; return this; }
    public Builder federalRegisterCitation(String v) { federalRegisterCitation = v; return this; }
    public Builder licenceRequirement(String v) { licenceRequirement = v; return this; }
    public Builder licencePolicy(String v) { licencePolicy = v; return this; }
    public Builder sourceUrl(String v) { sourceUrl = v; return this; }
    public Builder linkedTo(String v) { if (!linkedTo.contains(v)) { linkedTo.add(v); } return this; }
    public Builder title(String v) { title = v; return this; }

    public String name() { return name; }

    /** @throws IllegalArgumentException or NullPointerException when a required field is missing */
    public ListEntry build() {
      return new ListEntry(list, sourceId, sourceProgram, type, name, aliases, addresses, identifiers,
          datesOfBirth, placesOfBirth, nationalities, programs, remarks, listedOn, federalRegisterCitation,
          licenceRequirement, licencePolicy, sourceUrl, linkedTo, title);
    }
  }
}
