// learner: optimal
// idiom: Dart/Flutter-turned-Rust: id -> row-position HashMap with the entry API in the table; extract split into small private helpers (_ensureAscending, _partitionValid) chained with `?` and map_err, iterator partition for valid/rejected
use std::collections::hash_map::Entry;
use std::collections::HashMap;

// Incremental extraction with a crash-safe checkpoint: see README.md.

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
#[allow(non_snake_case)]
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    rowById: HashMap<u64, usize>,
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
        let before = self.records.len();
        for record in batch {
            if let Entry::Vacant(slot) = self.rowById.entry(record.id) {
                slot.insert(self.records.len());
                self.records.push(record.clone());
            }
        }
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

#[allow(non_snake_case)]
fn _ensureAscending(batch: &[Record], cursor: Option<u64>) -> Result<(), ExtractError> {
    batch.iter().try_fold(cursor, |previous, record| match previous {
        Some(p) if record.id <= p => Err(ExtractError::OutOfOrder { previous, id: record.id }),
        _ => Ok(Some(record.id)),
    })?;
    Ok(())
}

#[allow(non_snake_case)]
fn _partitionValid(batch: Vec<Record>, validator: &dyn Validator) -> (Vec<Record>, Vec<(u64, String)>) {
    let mut valid = Vec::with_capacity(batch.len());
    let mut rejected = Vec::new();
    for record in batch {
        match validator.validate(&record) {
            Ok(()) => valid.push(record),
            Err(reason) => rejected.push((record.id, reason)),
        }
    }
    (valid, rejected)
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
    let mut report = RunReport::default();
    let mut cursor = checkpoint.load();

    loop {
        let batch = source.fetch_after(cursor, batch_size).map_err(ExtractError::Source)?;
        let Some(last) = batch.last().map(|r| r.id) else {
            return Ok(report);
        };
        _ensureAscending(&batch, cursor)?;

        let fetched = batch.len();
        let (valid, mut rejected) = _partitionValid(batch, validator);
        let staged = staging.stage(&valid).map_err(ExtractError::Staging)?;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;

        cursor = Some(last);
        report.batches += 1;
        report.fetched += fetched;
        report.staged += staged;
        report.rejected.append(&mut rejected);
    }
}
