use checkpoint_extract::*;

// ---------- test doubles ----------

/// A legacy table held in memory, sorted by id. Counts fetches and can fail the k-th one.
struct TableSource {
    rows: Vec<Record>,
    fetches: usize,
    fail_on_fetch: Option<usize>,
    cursors_seen: Vec<Option<u64>>,
}

impl TableSource {
    fn new(rows: Vec<Record>) -> Self {
        TableSource { rows, fetches: 0, fail_on_fetch: None, cursors_seen: Vec::new() }
    }
}

impl Source for TableSource {
    fn fetch_after(&mut self, cursor: Option<u64>, limit: usize) -> Result<Vec<Record>, String> {
        let call = self.fetches;
        self.fetches += 1;
        self.cursors_seen.push(cursor);
        if self.fail_on_fetch == Some(call) {
            return Err(format!("connection reset on fetch {call}"));
        }
        let start = match cursor {
            None => 0,
            Some(c) => self.rows.partition_point(|r| r.id <= c),
        };
        Ok(self.rows[start..].iter().take(limit).cloned().collect())
    }
}

/// Accepts everything.
struct AcceptAll;
impl Validator for AcceptAll {
    fn validate(&self, _record: &Record) -> Result<(), String> {
        Ok(())
    }
}

/// Rejects records with an empty payload.
struct NonEmpty;
impl Validator for NonEmpty {
    fn validate(&self, record: &Record) -> Result<(), String> {
        if record.payload.is_empty() {
            Err("empty payload".to_string())
        } else {
            Ok(())
        }
    }
}

/// Wraps the durable staging table; on the k-th call it writes only the first `keep`
/// records of the batch and then "crashes".
struct FlakyStaging<'a> {
    inner: &'a mut StagingTable,
    calls: usize,
    fail_on_call: Option<usize>,
    keep: usize,
}

impl Staging for FlakyStaging<'_> {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let call = self.calls;
        self.calls += 1;
        if self.fail_on_call == Some(call) {
            let keep = self.keep.min(batch.len());
            self.inner.stage(&batch[..keep])?;
            return Err(format!("disk full on stage {call}"));
        }
        self.inner.stage(batch)
    }
}

/// Wraps the durable checkpoint; the k-th save fails (the process dies before persisting).
struct FlakyCheckpoint<'a> {
    inner: &'a mut MemoryCheckpoint,
    saves: usize,
    fail_on_save: Option<usize>,
}

impl CheckpointStore for FlakyCheckpoint<'_> {
    fn load(&self) -> Option<u64> {
        self.inner.load()
    }
    fn save(&mut self, cursor: u64) -> Result<(), String> {
        let call = self.saves;
        self.saves += 1;
        if self.fail_on_save == Some(call) {
            return Err(format!("killed before checkpoint {cursor}"));
        }
        self.inner.save(cursor)
    }
}

fn rows(ids: &[u64]) -> Vec<Record> {
    ids.iter().map(|&id| Record { id, payload: format!("row-{id}") }).collect()
}

fn ids_of(table: &StagingTable) -> Vec<u64> {
    table.records().iter().map(|r| r.id).collect()
}

/// Runs once to completion with healthy components.
fn healthy_run(
    source: &mut TableSource,
    table: &mut StagingTable,
    cp: &mut MemoryCheckpoint,
    batch: usize,
) -> RunReport {
    extract(source, &AcceptAll, table, cp, batch).expect("a healthy run must succeed")
}

// ---------- tests ----------

#[test]
fn empty_source_stages_nothing() {
    let mut source = TableSource::new(vec![]);
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    let report = healthy_run(&mut source, &mut table, &mut cp, 10);
    assert_eq!(report, RunReport::default(), "input: empty source");
    assert!(table.is_empty(), "input: empty source; staged {:?}", table.records());
    assert_eq!(cp.cursor, None, "the checkpoint must not move when nothing was read");
}

#[test]
fn single_record_with_batch_size_one() {
    let mut source = TableSource::new(rows(&[42]));
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    let report = healthy_run(&mut source, &mut table, &mut cp, 1);
    let want = RunReport { batches: 1, fetched: 1, staged: 1, rejected: vec![] };
    assert_eq!(report, want, "input: one record id 42, batch 1");
    assert_eq!(ids_of(&table), vec![42]);
    assert_eq!(cp.cursor, Some(42));
}

#[test]
fn zero_batch_size_is_an_error_and_touches_nothing() {
    let mut source = TableSource::new(rows(&[1, 2, 3]));
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    let got = extract(&mut source, &AcceptAll, &mut table, &mut cp, 0);
    assert_eq!(got, Err(ExtractError::ZeroBatchSize), "input: batch_size 0");
    assert_eq!(source.fetches, 0, "the source must not be called with batch_size 0");
    assert!(table.is_empty());
}

#[test]
fn several_batches_in_id_order() {
    let ids: Vec<u64> = vec![3, 5, 8, 13, 21, 34, 55, 89, 144, 233];
    let mut source = TableSource::new(rows(&ids));
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    let report = healthy_run(&mut source, &mut table, &mut cp, 3);
    let want = RunReport { batches: 4, fetched: 10, staged: 10, rejected: vec![] };
    assert_eq!(report, want, "input: ids {ids:?}, batch 3");
    assert_eq!(ids_of(&table), ids);
    assert_eq!(cp.cursor, Some(233));
    // Each fetch starts after the last record of the previous batch.
    let want_cursors = vec![None, Some(8), Some(34), Some(144), Some(233)];
    assert_eq!(source.cursors_seen, want_cursors, "cursors passed to fetch_after");
}

#[test]
fn rejected_records_are_reported_not_staged_and_not_refetched() {
    let mut data = rows(&[1, 2, 3, 4, 5]);
    data[1].payload.clear();
    data[4].payload.clear();
    let mut source = TableSource::new(data);
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    let report = extract(&mut source, &NonEmpty, &mut table, &mut cp, 2).unwrap();
    let want = RunReport {
        batches: 3,
        fetched: 5,
        staged: 3,
        rejected: vec![(2, "empty payload".to_string()), (5, "empty payload".to_string())],
    };
    assert_eq!(report, want, "input: ids 1..=5, payloads of 2 and 5 empty, batch 2");
    assert_eq!(ids_of(&table), vec![1, 3, 4]);
    // The cursor moves past quarantined rows too, or the run would fetch them forever.
    assert_eq!(cp.cursor, Some(5));
}

#[test]
fn crash_between_staging_and_checkpoint_is_idempotent_on_rerun() {
    let ids: Vec<u64> = (1..=10).collect();
    let mut source = TableSource::new(rows(&ids));
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    {
        // The second checkpoint save dies: batch 2 is staged, but the cursor still says 3.
        let mut flaky = FlakyCheckpoint { inner: &mut cp, saves: 0, fail_on_save: Some(1) };
        let got = extract(&mut source, &AcceptAll, &mut table, &mut flaky, 3);
        assert!(matches!(got, Err(ExtractError::Checkpoint(_))), "expected a checkpoint error, got {got:?}");
    }
    assert_eq!(cp.cursor, Some(3), "only the first batch was checkpointed");
    assert_eq!(ids_of(&table), vec![1, 2, 3, 4, 5, 6], "batch 2 was staged before the crash");

    let report = healthy_run(&mut source, &mut table, &mut cp, 3);
    assert_eq!(ids_of(&table), ids, "after the re-run: no duplicates, nothing lost");
    assert_eq!(report.fetched, 7, "the re-run starts from the saved cursor 3");
    assert_eq!(report.staged, 4, "4, 5, 6 are re-delivered but only 7..=10 are new");
    assert_eq!(cp.cursor, Some(10));
}

#[test]
fn crash_in_the_middle_of_a_batch_is_idempotent_on_rerun() {
    let data = vec![
        Record { id: 10, payload: "naïve café".into() },
        Record { id: 20, payload: "日本語".into() },
        Record { id: 30, payload: "emoji 🚀".into() },
        Record { id: 40, payload: "Ελληνικά".into() },
    ];
    let mut source = TableSource::new(data.clone());
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    {
        // The first stage call writes one record of the batch and then fails.
        let mut flaky = FlakyStaging { inner: &mut table, calls: 0, fail_on_call: Some(0), keep: 1 };
        let got = extract(&mut source, &AcceptAll, &mut flaky, &mut cp, 3);
        assert!(matches!(got, Err(ExtractError::Staging(_))), "expected a staging error, got {got:?}");
    }
    assert_eq!(cp.cursor, None, "a batch that failed to stage must not move the checkpoint");
    healthy_run(&mut source, &mut table, &mut cp, 3);
    assert_eq!(table.records(), &data[..], "after the re-run: every record once, payloads intact");
}

#[test]
fn source_failure_keeps_progress_and_rerun_resumes_after_cursor() {
    let ids: Vec<u64> = (100..120).collect();
    let mut source = TableSource::new(rows(&ids));
    source.fail_on_fetch = Some(2);
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    let got = extract(&mut source, &AcceptAll, &mut table, &mut cp, 5);
    assert!(matches!(got, Err(ExtractError::Source(_))), "expected a source error, got {got:?}");
    assert_eq!(cp.cursor, Some(109), "two batches of 5 were handled before the failure");

    source.fail_on_fetch = None;
    source.cursors_seen.clear();
    let report = healthy_run(&mut source, &mut table, &mut cp, 5);
    assert_eq!(source.cursors_seen[0], Some(109), "the re-run must start from the checkpoint");
    assert_eq!(report.staged, 10);
    assert_eq!(ids_of(&table), ids);
}

#[test]
fn an_injected_failure_at_every_point_never_loses_or_duplicates() {
    let ids: Vec<u64> = (1..=11).map(|i| i * 7).collect();
    // Which component fails, and at which of its calls.
    // 11 records in batches of 3: 5 fetches (the last one empty), 4 stage calls, 4 saves.
    for (component, calls) in [("fetch", 5), ("stage", 4), ("save", 4)] {
        for fail_at in 0..calls {
            let mut source = TableSource::new(rows(&ids));
            let mut table = StagingTable::new();
            let mut cp = MemoryCheckpoint::default();
            if component == "fetch" {
                source.fail_on_fetch = Some(fail_at);
            }
            let first = {
                let mut st = FlakyStaging {
                    inner: &mut table,
                    calls: 0,
                    fail_on_call: (component == "stage").then_some(fail_at),
                    keep: 2,
                };
                let mut ck = FlakyCheckpoint {
                    inner: &mut cp,
                    saves: 0,
                    fail_on_save: (component == "save").then_some(fail_at),
                };
                extract(&mut source, &AcceptAll, &mut st, &mut ck, 3)
            };
            assert!(first.is_err(), "{component} failing at call {fail_at} must surface as an error");
            source.fail_on_fetch = None;
            healthy_run(&mut source, &mut table, &mut cp, 3);
            assert_eq!(ids_of(&table), ids, "after a {component} crash at call {fail_at} and a re-run");
            assert_eq!(cp.cursor, Some(77), "after a {component} crash at call {fail_at} and a re-run");
        }
    }
}

#[test]
fn a_second_run_only_picks_up_new_rows() {
    let mut source = TableSource::new(rows(&[1, 2, 3]));
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    healthy_run(&mut source, &mut table, &mut cp, 2);
    let again = healthy_run(&mut source, &mut table, &mut cp, 2);
    assert_eq!(again, RunReport::default(), "nothing new: a re-run is a no-op");

    source.rows.extend(rows(&[4, 9]));
    let report = healthy_run(&mut source, &mut table, &mut cp, 2);
    let want = RunReport { batches: 1, fetched: 2, staged: 2, rejected: vec![] };
    assert_eq!(report, want, "input: rows 4 and 9 appended after the first run");
    assert_eq!(ids_of(&table), vec![1, 2, 3, 4, 9]);
}

#[test]
fn a_source_that_goes_backwards_is_refused() {
    let mut source = TableSource::new(rows(&[1, 2, 3]));
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    healthy_run(&mut source, &mut table, &mut cp, 10);
    // The legacy system "forgets" the cursor and replays rows, out of order.
    struct Replayer;
    impl Source for Replayer {
        fn fetch_after(&mut self, _cursor: Option<u64>, _limit: usize) -> Result<Vec<Record>, String> {
            Ok(vec![Record { id: 7, payload: "x".into() }, Record { id: 5, payload: "y".into() }])
        }
    }
    let got = extract(&mut Replayer, &AcceptAll, &mut table, &mut cp, 10);
    let want = Err(ExtractError::OutOfOrder { previous: Some(7), id: 5 });
    assert_eq!(got, want, "input: batch [7, 5] after cursor 3");
    assert_eq!(ids_of(&table), vec![1, 2, 3], "nothing from a bad batch may be staged");
    assert_eq!(cp.cursor, Some(3));

    struct Stale;
    impl Source for Stale {
        fn fetch_after(&mut self, _cursor: Option<u64>, _limit: usize) -> Result<Vec<Record>, String> {
            Ok(vec![Record { id: 3, payload: "again".into() }])
        }
    }
    let got = extract(&mut Stale, &AcceptAll, &mut table, &mut cp, 10);
    let want = Err(ExtractError::OutOfOrder { previous: Some(3), id: 3 });
    assert_eq!(got, want, "input: batch [3] after cursor 3 (would loop forever)");
}

#[test]
fn staging_table_is_idempotent_and_first_version_wins() {
    let mut table = StagingTable::new();
    let batch = vec![
        Record { id: 2, payload: "first".into() },
        Record { id: 1, payload: "one".into() },
        Record { id: 2, payload: "second".into() },
    ];
    assert_eq!(table.stage(&batch), Ok(2), "input: {batch:?}");
    assert_eq!(table.stage(&batch), Ok(0), "staging the same batch twice adds nothing");
    assert_eq!(table.stage(&[]), Ok(0), "an empty batch adds nothing");
    let want = vec![Record { id: 2, payload: "first".into() }, Record { id: 1, payload: "one".into() }];
    assert_eq!(table.records(), &want[..]);
    assert_eq!(table.len(), 2);
}

#[test]
fn full_replay_of_a_large_table_stays_fast() {
    // 10 000 rows, then the checkpoint is lost and everything is replayed.
    let n = 10_000u64;
    let ids: Vec<u64> = (0..n).map(|i| i * 3 + 1).collect();
    let mut source = TableSource::new(rows(&ids));
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    let first = healthy_run(&mut source, &mut table, &mut cp, 256);
    assert_eq!(first.staged, n as usize);
    cp.cursor = None;
    let replay = healthy_run(&mut source, &mut table, &mut cp, 256);
    assert_eq!(replay.fetched, n as usize, "the replay reads every row again");
    assert_eq!(replay.staged, 0, "and stages none of them twice");
    assert_eq!(table.len(), n as usize);
    assert_eq!(cp.cursor, Some((n - 1) * 3 + 1));
}
