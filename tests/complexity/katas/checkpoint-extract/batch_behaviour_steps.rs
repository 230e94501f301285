// learner: optimal
// idiom: Pony actor-model programmer: a `_Run` object holding the cursor and report, whose `_step` behaviour handles exactly one batch and answers Done or Continue; ids checked with an iterator fold, records split by Iterator::partition, and the staging table keeps an owned HashSet of ids.
//! Incremental extraction with a crash-safe checkpoint: see README.md.

/// One row pulled from the legacy system. `id` is the system's monotonically increasing key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: u64,
    pub payload: String,
}

/// Why a run of [`extract`] stopped early. Progress made before the error is kept
/// (staged rows stay staged, a saved checkpoint stays saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    /// `batch_size` was 0: no progress would ever be possible.
    ZeroBatchSize,
    /// The source failed while fetching.
    Source(String),
    /// The staging sink failed while writing a batch.
    Staging(String),
    /// The checkpoint store failed while saving.
    Checkpoint(String),
    /// The source returned an id that is not strictly greater than the previous one
    /// (the cursor for the first record of a batch). Nothing from that batch was staged.
    OutOfOrder { previous: Option<u64>, id: u64 },
}

/// The legacy system: returns up to `limit` records with `id > cursor` (all ids when the
/// cursor is `None`), in ascending id order. An empty batch means "caught up".
pub trait Source {
    fn fetch_after(&mut self, cursor: Option<u64>, limit: usize) -> Result<Vec<Record>, String>;
}

/// Business-rule check for one record. `Err(reason)` quarantines the record.
pub trait Validator {
    fn validate(&self, record: &Record) -> Result<(), String>;
}

/// The staging area. Must be idempotent: staging a record whose id is already staged is a no-op.
/// Returns how many records were newly stored.
pub trait Staging {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String>;
}

/// Durable storage for the cursor: the id of the last record that is safely handled.
pub trait CheckpointStore {
    fn load(&self) -> Option<u64>;
    fn save(&mut self, cursor: u64) -> Result<(), String>;
}

/// What one call of [`extract`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunReport {
    /// Non-empty batches fully handled (staged and checkpointed).
    pub batches: usize,
    /// Records fetched in those batches.
    pub fetched: usize,
    /// Records newly stored by the staging sink (re-delivered duplicates are not counted).
    pub staged: usize,
    /// Records the validator refused, as `(id, reason)`, in fetch order.
    pub rejected: Vec<(u64, String)>,
}

use std::collections::HashSet;

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    seen: HashSet<u64>,
}

impl StagingTable {
    pub fn new() -> Self {
        Self::default()
    }

    /// The staged records, in the order they were first staged.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let seen = &mut self.seen;
        let fresh: Vec<Record> = batch.iter().filter(|r| seen.insert(r.id)).cloned().collect();
        let count = fresh.len();
        self.records.extend(fresh);
        Ok(count)
    }
}

/// A checkpoint kept in memory (provided; tests wrap it to inject failures).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MemoryCheckpoint {
    pub cursor: Option<u64>,
}

impl CheckpointStore for MemoryCheckpoint {
    fn load(&self) -> Option<u64> {
        self.cursor
    }

    fn save(&mut self, cursor: u64) -> Result<(), String> {
        self.cursor = Some(cursor);
        Ok(())
    }
}

enum Step {
    Done,
    Continue,
}

struct _Run<'a> {
    source: &'a mut dyn Source,
    validator: &'a dyn Validator,
    staging: &'a mut dyn Staging,
    checkpoint: &'a mut dyn CheckpointStore,
    batch_size: usize,
    cursor: Option<u64>,
    report: RunReport,
}

impl _Run<'_> {
    fn _step(&mut self) -> Result<Step, ExtractError> {
        let batch = self
            .source
            .fetch_after(self.cursor, self.batch_size)
            .map_err(ExtractError::Source)?;
        if batch.is_empty() {
            return Ok(Step::Done);
        }

        let last = batch.iter().try_fold(self.cursor, |previous, r| match previous {
            Some(p) if r.id <= p => Err(ExtractError::OutOfOrder { previous, id: r.id }),
            _ => Ok(Some(r.id)),
        })?;
        let last = last.expect("a non-empty batch has a last id");

        let fetched = batch.len();
        let validator = self.validator;
        let (good, bad): (Vec<Record>, Vec<Record>) =
            batch.into_iter().partition(|r| validator.validate(r).is_ok());
        let rejected: Vec<(u64, String)> = bad
            .into_iter()
            .map(|r| {
                let reason = validator.validate(&r).err().unwrap_or_default();
                (r.id, reason)
            })
            .collect();

        let staged = self.staging.stage(&good).map_err(ExtractError::Staging)?;
        self.checkpoint.save(last).map_err(ExtractError::Checkpoint)?;

        self.cursor = Some(last);
        self.report.batches += 1;
        self.report.fetched += fetched;
        self.report.staged += staged;
        self.report.rejected.extend(rejected);
        Ok(Step::Continue)
    }
}

pub fn extract(
    source: &mut dyn Source,
    validator: &dyn Validator,
    staging: &mut dyn Staging,
    checkpoint: &mut dyn CheckpointStore,
    batch_size: usize,
) -> Result<RunReport, ExtractError> {
    if batch_size == 0 {
        return Err(ExtractError::ZeroBatchSize);
    }
    let cursor = checkpoint.load();
    let mut run = _Run {
        source,
        validator,
        staging,
        checkpoint,
        batch_size,
        cursor,
        report: RunReport::default(),
    };
    while let Step::Continue = run._step()? {}
    Ok(run.report)
}
