// learner: optimal
// idiom: OOP: a Run struct borrowing the four parts with methods (next_batch, ensure_ascending, commit), builder-ish RunReport updates, StagingTable keeps a HashMap<u64, ()> index
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
    index: HashMap<u64, ()>,
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

    fn admit(&mut self, record: &Record) -> bool {
        if self.index.contains_key(&record.id) {
            false
        } else {
            self.index.insert(record.id, ());
            self.records.push(record.clone());
            true
        }
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        Ok(batch.iter().filter(|r| self.admit(r)).count())
    }
}

struct Run<'a> {
    source: &'a mut dyn Source,
    validator: &'a dyn Validator,
    staging: &'a mut dyn Staging,
    checkpoint: &'a mut dyn CheckpointStore,
    limit: usize,
    cursor: Option<u64>,
    report: RunReport,
}

impl<'a> Run<'a> {
    fn next_batch(&mut self) -> Result<Vec<Record>, ExtractError> {
        self.source.fetch_after(self.cursor, self.limit).map_err(ExtractError::Source)
    }

    fn ensure_ascending(&self, batch: &[Record]) -> Result<(), ExtractError> {
        let mut previous = self.cursor;
        for record in batch {
            match previous {
                Some(p) if record.id <= p => {
                    return Err(ExtractError::OutOfOrder { previous, id: record.id })
                }
                _ => previous = Some(record.id),
            }
        }
        Ok(())
    }

    fn screen(&mut self, batch: Vec<Record>) -> Vec<Record> {
        let mut valid = Vec::new();
        for record in batch {
            if let Err(reason) = self.validator.validate(&record) {
                self.report.rejected.push((record.id, reason));
            } else {
                valid.push(record);
            }
        }
        valid
    }

    fn commit(&mut self, valid: &[Record], last: u64, fetched: usize) -> Result<(), ExtractError> {
        self.report.staged += self.staging.stage(valid).map_err(ExtractError::Staging)?;
        self.checkpoint.save(last).map_err(ExtractError::Checkpoint)?;
        self.report.batches += 1;
        self.report.fetched += fetched;
        self.cursor = Some(last);
        Ok(())
    }

    fn run(mut self) -> Result<RunReport, ExtractError> {
        loop {
            let batch = self.next_batch()?;
            let last = match batch.last() {
                None => return Ok(self.report),
                Some(r) => r.id,
            };
            self.ensure_ascending(&batch)?;
            let fetched = batch.len();
            let valid = self.screen(batch);
            self.commit(&valid, last, fetched)?;
        }
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
    Run { source, validator, staging, checkpoint, limit: batch_size, cursor, report: RunReport::default() }.run()
}
