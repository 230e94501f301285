// learner: slow
// why: StagingTable::stage is O(n) time, target O(b): the set of staged ids is rebuilt from the whole table on every batch instead of being kept
//! Incremental extraction with a crash-safe checkpoint: see README.md.

use std::collections::HashSet;

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

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
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
        let mut seen: HashSet<u64> = self.records.iter().map(|r| r.id).collect();
        let before = self.records.len();
        self.records
            .extend(batch.iter().filter(|r| seen.insert(r.id)).cloned());
        Ok(self.records.len() - before)
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

/// The first id that does not climb above its predecessor (the cursor for the head).
fn out_of_order(cursor: Option<u64>, batch: &[Record]) -> Option<ExtractError> {
    let ids = batch.iter().map(|r| r.id);
    std::iter::once(cursor)
        .chain(ids.clone().map(Some))
        .zip(ids)
        .find(|&(prev, id)| prev.map_or(false, |p| id <= p))
        .map(|(previous, id)| ExtractError::OutOfOrder { previous, id })
}

/// Splits a batch into the records to stage and the `(id, reason)` rejections.
fn sift(validator: &dyn Validator, batch: &[Record]) -> (Vec<Record>, Vec<(u64, String)>) {
    batch
        .iter()
        .map(|r| validator.validate(r).map(|()| r.clone()).map_err(|why| (r.id, why)))
        .fold((Vec::new(), Vec::new()), |(mut ok, mut bad), res| {
            match res {
                Ok(r) => ok.push(r),
                Err(e) => bad.push(e),
            }
            (ok, bad)
        })
}

/// Folds one finished batch into the report (threaded through by value, like an accumulator).
fn absorb(mut report: RunReport, fetched: usize, staged: usize, rejected: Vec<(u64, String)>) -> RunReport {
    report.batches += 1;
    report.fetched += fetched;
    report.staged += staged;
    report.rejected.extend(rejected);
    report
}

/// Pulls everything after the saved checkpoint, batch by batch, until the source returns
/// an empty batch. For each batch: check the ids ascend past the cursor, validate, stage
/// the valid records, and only then save the id of the batch's last record as the new checkpoint.
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
    let (mut cursor, mut report) = (checkpoint.load(), RunReport::default());
    loop {
        let batch = source.fetch_after(cursor, batch_size).map_err(ExtractError::Source)?;
        let last = match batch.last() {
            None => return Ok(report),
            Some(r) => r.id,
        };
        if let Some(err) = out_of_order(cursor, &batch) {
            return Err(err);
        }
        let (good, bad) = sift(validator, &batch);
        let staged = staging.stage(&good).map_err(ExtractError::Staging)?;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        report = absorb(report, batch.len(), staged, bad);
        cursor = Some(last);
    }
}
