package io.embargo.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"embargo " + (v == null ? "dev" : v)};
  }
}
