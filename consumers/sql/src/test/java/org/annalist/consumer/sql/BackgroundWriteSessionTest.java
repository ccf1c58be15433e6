package org.annalist.consumer.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.annalist.core.plugin.DocumentsNotStoredException;
import org.junit.jupiter.api.Test;

class BackgroundWriteSessionTest {

  /** Records what it is asked to do; fails the documents whose id starts with "bad", loses "lost-*" at commit. */
  static class RecordingSession implements WriteSession {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<String> lostAtCommit = new CopyOnWriteArrayList<>();
    volatile Thread writingThread;

    @Override
    public void write(String docId, SqlWork work) throws SQLException {
      writingThread = Thread.currentThread();
      if (docId.startsWith("bad")) {
        throw new SQLException("constraint violated by " + docId);
      }
      if (docId.startsWith("lost")) {
        lostAtCommit.add(docId);
      }
      events.add("write " + docId);
    }

    @Override
    public void commit() {
      events.add("commit");
      if (!lostAtCommit.isEmpty()) {
        List<String> lost = List.copyOf(lostAtCommit);
        lostAtCommit.clear();
        throw new DocumentsNotStoredException(lost, "the commit failed", null);
      }
    }

    @Override
    public void close() {
      commit();
      events.add("close");
    }
  }

  @Test
  void writesInOrderOnItsOwnThreadAndCommitsWhenAsked() throws Exception {
    RecordingSession inner = new RecordingSession();
    BackgroundWriteSession session = new BackgroundWriteSession(inner, "test db");
    for (int i = 0; i < 100; i++) {
      session.write("d" + i, connection -> { });
    }
    session.commit();
    assertThat(inner.events).hasSize(101).startsWith("write d0", "write d1").endsWith("write d99", "commit");
    assertThat(inner.writingThread).isNotSameAs(Thread.currentThread());
    session.close();
    assertThat(inner.events).endsWith("close");
  }

  @Test
  void theWorkerDoesNotWaitForTheWrite() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    RecordingSession inner = new RecordingSession() {
      @Override
      public void write(String docId, SqlWork work) throws SQLException {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        super.write(docId, work);
      }
    };
    BackgroundWriteSession session = new BackgroundWriteSession(inner, "test db");
    session.write("slow", connection -> { });
    assertThat(inner.events).isEmpty();
    release.countDown();
    session.commit();
    assertThat(inner.events).containsExactly("write slow", "commit");
    session.close();
  }

  @Test
  void failedWritesAndDocumentsLostByTheCommitAreReportedTogetherAtTheNextCommit() throws Exception {
    RecordingSession inner = new RecordingSession();
    BackgroundWriteSession session = new BackgroundWriteSession(inner, "test db");
    session.write("ok-1", connection -> { });
    session.write("bad-1", connection -> { });
    session.write("lost-1", connection -> { });
    assertThatThrownBy(session::commit)
        .isInstanceOf(DocumentsNotStoredException.class)
        .hasMessageContaining("could not store document bad-1 in test db: constraint violated by bad-1")
        .hasMessageContaining("the commit failed")
        .satisfies(e -> assertThat(((DocumentsNotStoredException) e).documentIds())
            .containsExactly("bad-1", "lost-1"));
    // reported once: the next group starts clean
    session.write("ok-2", connection -> { });
    session.commit();
    session.close();
    assertThat(inner.events).contains("write ok-1", "write ok-2").doesNotContain("write bad-1");
  }

  @Test
  void aWriteThatLeavesItsThreadInterruptedDoesNotStopTheWriter() throws Exception {
    RecordingSession inner = new RecordingSession() {
      @Override
      public void write(String docId, SqlWork work) throws SQLException {
        // what a JDBC driver may do to the thread after a timed-out connection attempt
        Thread.currentThread().interrupt();
        throw new SQLException("connection attempt timed out");
      }
    };
    BackgroundWriteSession session = new BackgroundWriteSession(inner, "test db");
    session.write("d1", connection -> { });
    assertThatThrownBy(session::commit).isInstanceOf(DocumentsNotStoredException.class);
    session.write("d2", connection -> { });
    assertThatThrownBy(session::commit)
        .satisfies(e -> assertThat(((DocumentsNotStoredException) e).documentIds()).containsExactly("d2"));
    session.close();
  }

  @Test
  void aClosedSessionRefusesWrites() {
    BackgroundWriteSession session = new BackgroundWriteSession(new RecordingSession(), "test db");
    session.close();
    assertThatThrownBy(() -> session.write("late", connection -> { }))
        .isInstanceOf(SQLException.class).hasMessageContaining("closed");
  }
}
