// learner: optimal
// idiom: JavaScript bootcamp graduate: staging keeps a HashMap id -> index (like a lookup object) and uses filter-then-push; extract is a while(true) loop where the batch is split with Iterator::partition into good/bad and errors go through map_err + `?` like try/catch rethrows
//! Incremental extraction with a crash-safe checkpoint: see README.md.

use std::collections::HashMap;

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
    byId: HashMap<u64, usize>,
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
    /// Stores every record whose id is not staged yet; O(1) expected per record.
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut added = 0;
        batch.iter().for_each(|rec| {
            if !self.byId.contains_key(&rec.id) {
                self.byId.insert(rec.id, self.records.len());
                self.records.push(rec.clone());
                added += 1;
            }
        });
        Ok(added)
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
    let mut lastId = checkpoint.load();

    loop {
        let batch = source.fetch_after(lastId, batch_size).map_err(ExtractError::Source)?;
        if batch.is_empty() {
            break;
        }

        let mut prev = lastId;
        for rec in &batch {
            if prev.is_some_and(|p| rec.id <= p) {
                return Err(ExtractError::OutOfOrder { previous: prev, id: rec.id });
            }
            prev = Some(rec.id);
        }

        let (good, bad): (Vec<&Record>, Vec<&Record>) =
            batch.iter().partition(|rec| validator.validate(rec).is_ok());
        let goodRecords: Vec<Record> = good.into_iter().cloned().collect();

        let stagedNow = staging.stage(&goodRecords).map_err(ExtractError::Staging)?;
        let newCursor = batch[batch.len() - 1].id;
        checkpoint.save(newCursor).map_err(ExtractError::Checkpoint)?;

        for rec in bad {
            let reason = validator.validate(rec).unwrap_err();
            report.rejected.push((rec.id, reason));
        }
        report.batches += 1;
        report.fetched += batch.len();
        report.staged += stagedNow;
        lastId = Some(newCursor);
    }
    Ok(report)
}
