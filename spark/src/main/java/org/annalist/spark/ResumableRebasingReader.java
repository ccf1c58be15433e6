package org.annalist.spark;

import org.annalist.core.reader.ResumableReader;
import org.annalist.core.reader.SkipFilter;

/** A {@link RebasingReader} around a resumable reader: the resume check sees the local runner's ids. */
public class ResumableRebasingReader extends RebasingReader implements ResumableReader {

  @Override
  public void setSkipFilter(SkipFilter filter) {
    ((ResumableReader) inner()).setSkipFilter((id, checksum) -> filter.shouldSkip(rebase(id), checksum));
  }

  @Override
  public long skippedCount() {
    return ((ResumableReader) inner()).skippedCount();
  }
}
