// learner: optimal
// idiom: Solidity-style: HashSet as mapping(id => bool), index loops, require-style early returns via match, counters updated at the end of each batch
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

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    // mapping(uint64 => bool) isStaged
    is_staged: HashSet<u64>,
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
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut newly = 0usize;
        for i in 0..batch.len() {
            let rec = &batch[i];
            if self.is_staged.contains(&rec.id) {
                continue;
            }
            self.is_staged.insert(rec.id);
            self.records.push(rec.clone());
            newly += 1;
        }
        Ok(newly)
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
    let mut cursor: Option<u64> = checkpoint.load();

    loop {
        let batch = match source.fetch_after(cursor, batch_size) {
            Ok(b) => b,
            Err(msg) => return Err(ExtractError::Source(msg)),
        };
        if batch.is_empty() {
            return Ok(report);
        }

        // require(ids strictly ascending)
        let mut previous = cursor;
        for i in 0..batch.len() {
            let id = batch[i].id;
            if let Some(p) = previous {
                if id <= p {
                    return Err(ExtractError::OutOfOrder { previous, id });
                }
            }
            previous = Some(id);
        }

        let mut valid: Vec<Record> = Vec::with_capacity(batch.len());
        let mut rejected_here: Vec<(u64, String)> = Vec::new();
        for rec in batch.iter() {
            match validator.validate(rec) {
                Ok(()) => valid.push(rec.clone()),
                Err(reason) => rejected_here.push((rec.id, reason)),
            }
        }

        let staged = match staging.stage(&valid) {
            Ok(n) => n,
            Err(msg) => return Err(ExtractError::Staging(msg)),
        };

        let last_id = batch[batch.len() - 1].id;
        if let Err(msg) = checkpoint.save(last_id) {
            return Err(ExtractError::Checkpoint(msg));
        }

        // emit BatchDone(...)
        report.batches += 1;
        report.fetched += batch.len();
        report.staged += staged;
        report.rejected.append(&mut rejected_here);
        cursor = Some(last_id);
    }
}
