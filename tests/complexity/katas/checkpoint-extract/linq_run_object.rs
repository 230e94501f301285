// learner: optimal
// idiom: C#-style service object: a Run struct holding the four dependencies with a Step() method, Dictionary<id, position> for dedup, while run.step()? {}
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

use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    // id -> position in `records`
    position_by_id: HashMap<u64, usize>,
}

impl StagingTable {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    fn try_add(&mut self, record: &Record) -> bool {
        if self.position_by_id.contains_key(&record.id) {
            return false;
        }
        self.position_by_id.insert(record.id, self.records.len());
        self.records.push(record.clone());
        true
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        Ok(batch.iter().filter(|r| self.try_add(r)).count())
    }
}

struct Run<'a> {
    source: &'a mut dyn Source,
    validator: &'a dyn Validator,
    staging: &'a mut dyn Staging,
    checkpoint: &'a mut dyn CheckpointStore,
    batch_size: usize,
    cursor: Option<u64>,
    report: RunReport,
}

impl Run<'_> {
    /// Handles one batch; returns false when the source is exhausted.
    fn step(&mut self) -> Result<bool, ExtractError> {
        let batch = self
            .source
            .fetch_after(self.cursor, self.batch_size)
            .map_err(ExtractError::Source)?;
        if batch.is_empty() {
            return Ok(false);
        }
        let mut previous = self.cursor;
        for record in &batch {
            if matches!(previous, Some(p) if record.id <= p) {
                return Err(ExtractError::OutOfOrder { previous, id: record.id });
            }
            previous = Some(record.id);
        }
        let mut accepted = Vec::new();
        let mut rejected = Vec::new();
        for record in batch.iter() {
            if let Err(reason) = self.validator.validate(record) {
                rejected.push((record.id, reason));
            } else {
                accepted.push(record.clone());
            }
        }
        let staged = self.staging.stage(&accepted).map_err(ExtractError::Staging)?;
        let last_id = batch.last().expect("non-empty").id;
        self.checkpoint.save(last_id).map_err(ExtractError::Checkpoint)?;
        self.cursor = Some(last_id);
        self.report.batches += 1;
        self.report.fetched += batch.len();
        self.report.staged += staged;
        self.report.rejected.append(&mut rejected);
        Ok(true)
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
    let mut run = Run { source, validator, staging, checkpoint, batch_size, cursor, report: RunReport::default() };
    while run.step()? {}
    Ok(run.report)
}
