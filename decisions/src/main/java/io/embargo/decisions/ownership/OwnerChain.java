package io.embargo.decisions.ownership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A path of ownership from a listed owner down to the screened party.
 *
 * @param listedAs the listings that make the first party a listed owner
 * @param parties the parties, listed owner first, screened party last (at least two)
 * @param percents the share of each step ({@code parties.size() - 1} values; null = unknown)
 */
public record OwnerChain(List<ListedAs> listedAs, List<String> parties, List<Double> percents) {
  public OwnerChain {
    listedAs = List.copyOf(listedAs);
    parties = List.copyOf(parties);
    percents = Collections.unmodifiableList(new ArrayList<>(percents));
  }

  /** The listed owner's name as the ownership data writes it. */
  public String owner() {
    return parties.get(0);
  }

  /** E.g. {@code "Alpha Corp [SDN] -60%-> Beta Ltd -100%-> Target"}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(parties.get(0)).append(" [");
    for (int i = 0; i < listedAs.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(listedAs.get(i).regime()).append(' ').append(listedAs.get(i).entryKey());
    }
    sb.append(']');
    for (int i = 1; i < parties.size(); i++) {
      Double p = percents.get(i - 1);
      sb.append(" -").append(p == null ? "?" : Percentages.format(p)).append("%-> ").append(parties.get(i));
    }
    return sb.toString();
  }

  OwnerChain extend(Double percent, String party) {
    List<String> ps = new ArrayList<>(parties);
    ps.add(party);
    List<Double> pc = new ArrayList<>(percents);
    pc.add(percent);
    return new OwnerChain(listedAs, ps, pc);
  }
}
