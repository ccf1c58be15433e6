package org.annalist.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.annalist.reader.warc.ArchiveFile;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** A web archive on a Hadoop file system, opened as a seekable channel. */
final class HadoopArchiveFile implements ArchiveFile {

  private final String uri;
  private final String id;
  private final Configuration conf;

  HadoopArchiveFile(String uri, String id, Configuration conf) {
    this.uri = uri;
    this.id = id;
    this.conf = conf;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public SeekableByteChannel open() throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(conf);
    long size = fs.getFileStatus(path).getLen();
    return new StreamChannel(fs.open(path, 1 << 16), size);
  }

  /** Hadoop's seekable stream as a channel. */
  private static final class StreamChannel implements SeekableByteChannel {
    private final FSDataInputStream in;
    private final long size;
    private boolean open = true;

    StreamChannel(FSDataInputStream in, long size) {
      this.in = in;
      this.size = size;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      if (!dst.hasRemaining()) {
        return 0;
      }
      if (dst.hasArray()) {
        int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
        if (n > 0) {
          dst.position(dst.position() + n);
        }
        return n;
      }
      byte[] buffer = new byte[Math.min(dst.remaining(), 1 << 16)];
      int n = in.read(buffer);
      if (n > 0) {
        dst.put(buffer, 0, n);
      }
      return n;
    }

    @Override
    public int write(ByteBuffer src) {
      throw new NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
      return in.getPos();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      in.seek(Math.min(newPosition, size));
      return this;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() throws IOException {
      open = false;
      in.close();
    }
  }
}
