// learner: slow
// why: StagingTable::stage is O(b log n) time, target O(b): staged ids are kept in a BTreeSet (Java TreeSet habit), O(log n) per record
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

use std::collections::BTreeSet;

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    staged_ids: BTreeSet<u64>,
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

    fn is_already_staged(&self, record_id: u64) -> bool {
        self.staged_ids.contains(&record_id)
    }

    fn store_new_record(&mut self, record: &Record) {
        self.staged_ids.insert(record.id);
        self.records.push(record.clone());
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut newly_stored_count = 0;
        for record in batch {
            if self.is_already_staged(record.id) {
                continue;
            }
            self.store_new_record(record);
            newly_stored_count += 1;
        }
        Ok(newly_stored_count)
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

struct ExtractionRun<'a> {
    source: &'a mut dyn Source,
    validator: &'a dyn Validator,
    staging: &'a mut dyn Staging,
    checkpoint: &'a mut dyn CheckpointStore,
    batch_size: usize,
    cursor: Option<u64>,
    report: RunReport,
}

impl<'a> ExtractionRun<'a> {
    fn fetch_next_batch(&mut self) -> Result<Vec<Record>, ExtractError> {
        match self.source.fetch_after(self.cursor, self.batch_size) {
            Ok(batch) => Ok(batch),
            Err(message) => Err(ExtractError::Source(message)),
        }
    }

    fn check_ascending(&self, batch: &[Record]) -> Result<(), ExtractError> {
        let mut previous_id = self.cursor;
        for record in batch {
            if let Some(previous) = previous_id {
                if record.id <= previous {
                    return Err(ExtractError::OutOfOrder { previous: previous_id, id: record.id });
                }
            }
            previous_id = Some(record.id);
        }
        Ok(())
    }

    fn split_valid_records(&mut self, batch: Vec<Record>) -> Vec<Record> {
        let mut valid_records = Vec::with_capacity(batch.len());
        for record in batch {
            match self.validator.validate(&record) {
                Ok(()) => valid_records.push(record),
                Err(reason) => self.report.rejected.push((record.id, reason)),
            }
        }
        valid_records
    }

    fn process_batch(&mut self, batch: Vec<Record>) -> Result<(), ExtractError> {
        self.check_ascending(&batch)?;
        let fetched_count = batch.len();
        let last_id = match batch.last() {
            Some(record) => record.id,
            None => return Ok(()),
        };
        let valid_records = self.split_valid_records(batch);
        let newly_staged = match self.staging.stage(&valid_records) {
            Ok(count) => count,
            Err(message) => return Err(ExtractError::Staging(message)),
        };
        if let Err(message) = self.checkpoint.save(last_id) {
            return Err(ExtractError::Checkpoint(message));
        }
        self.cursor = Some(last_id);
        self.report.batches += 1;
        self.report.fetched += fetched_count;
        self.report.staged += newly_staged;
        Ok(())
    }

    fn run_to_completion(mut self) -> Result<RunReport, ExtractError> {
        loop {
            let batch = self.fetch_next_batch()?;
            if batch.is_empty() {
                return Ok(self.report);
            }
            self.process_batch(batch)?;
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
    let starting_cursor = checkpoint.load();
    let run = ExtractionRun {
        source,
        validator,
        staging,
        checkpoint,
        batch_size,
        cursor: starting_cursor,
        report: RunReport::default(),
    };
    run.run_to_completion()
}
