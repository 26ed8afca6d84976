package io.medusajava.mock.http;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.common.filemaker.FilenameMaker;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;
import java.util.UUID;

/**
 * WireMock's file-backed stub mappings, made only when there is a file to read or a stub to save.
 * WireMock builds them at startup, and with them a Handlebars engine for file names: half its
 * construction time, for a directory ({@code mappings} under its root) that is usually not there.
 */
public final class LazyFileMappings implements MappingsSource {
  private final FileSource directory;
  private final FilenameMaker filenames;
  private JsonFileMappingsSource files;

  /**
   * @param filenames WireMock's configured file namer, or null for its default
   */
  public LazyFileMappings(FileSource directory, FilenameMaker filenames) {
    this.directory = directory;
    this.filenames = filenames;
  }

  private synchronized JsonFileMappingsSource files() {
    if (files == null) {
      files = new JsonFileMappingsSource(directory, filenames);
    }
    return files;
  }

  /** Nothing saved yet and no directory: nothing on disk to change. */
  private synchronized boolean nothingOnDisk() {
    return files == null && !directory.exists();
  }

  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    if (directory.exists()) {
      files().loadMappingsInto(stubMappings);
    }
  }

  @Override
  public void save(List<StubMapping> stubMappings) {
    files().save(stubMappings);
  }

  @Override
  public void save(StubMapping stubMapping) {
    files().save(stubMapping);
  }

  @Override
  public void remove(StubMapping stubMapping) {
    if (!nothingOnDisk()) {
      files().remove(stubMapping);
    }
  }

  @Override
  public void remove(UUID stubMappingId) {
    if (!nothingOnDisk()) {
      files().remove(stubMappingId);
    }
  }

  @Override
  public void removeAll() {
    if (!nothingOnDisk()) {
      files().removeAll();
    }
  }
}
