// learner: optimal
// idiom: C#-enterprise style: an ExtractionRun object with many small private methods, guard clauses, long names, HashSet index
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
    staged_record_identifiers: HashSet<u64>,
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

    fn is_already_staged(&self, record_identifier: u64) -> bool {
        self.staged_record_identifiers.contains(&record_identifier)
    }

    fn store_new_record(&mut self, record: &Record) {
        self.staged_record_identifiers.insert(record.id);
        self.records.push(record.clone());
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut newly_stored_count: usize = 0;
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

/// One run of the extraction: holds the collaborators and the running totals.
struct ExtractionRun<'a> {
    source: &'a mut dyn Source,
    validator: &'a dyn Validator,
    staging: &'a mut dyn Staging,
    checkpoint_store: &'a mut dyn CheckpointStore,
    batch_size: usize,
    current_cursor: Option<u64>,
    run_report: RunReport,
}

impl<'a> ExtractionRun<'a> {
    fn execute(mut self) -> Result<RunReport, ExtractError> {
        self.current_cursor = self.checkpoint_store.load();
        loop {
            let fetched_batch = self.fetch_next_batch()?;
            if fetched_batch.is_empty() {
                return Ok(self.run_report);
            }
            self.process_batch(&fetched_batch)?;
        }
    }

    fn fetch_next_batch(&mut self) -> Result<Vec<Record>, ExtractError> {
        self.source
            .fetch_after(self.current_cursor, self.batch_size)
            .map_err(ExtractError::Source)
    }

    fn process_batch(&mut self, fetched_batch: &[Record]) -> Result<(), ExtractError> {
        self.ensure_strictly_ascending(fetched_batch)?;
        let records_to_stage = self.collect_valid_records(fetched_batch);
        let newly_staged_count = self.stage_records(&records_to_stage)?;
        let last_identifier = fetched_batch[fetched_batch.len() - 1].id;
        self.persist_checkpoint(last_identifier)?;
        self.record_completed_batch(fetched_batch.len(), newly_staged_count);
        self.current_cursor = Some(last_identifier);
        Ok(())
    }

    fn ensure_strictly_ascending(&self, fetched_batch: &[Record]) -> Result<(), ExtractError> {
        let mut previous_identifier = self.current_cursor;
        for record in fetched_batch {
            if let Some(previous) = previous_identifier {
                if record.id <= previous {
                    return Err(ExtractError::OutOfOrder { previous: Some(previous), id: record.id });
                }
            }
            previous_identifier = Some(record.id);
        }
        Ok(())
    }

    fn collect_valid_records(&mut self, fetched_batch: &[Record]) -> Vec<Record> {
        let mut valid_records = Vec::with_capacity(fetched_batch.len());
        for record in fetched_batch {
            match self.validator.validate(record) {
                Ok(()) => valid_records.push(record.clone()),
                Err(rejection_reason) => self.run_report.rejected.push((record.id, rejection_reason)),
            }
        }
        valid_records
    }

    fn stage_records(&mut self, records_to_stage: &[Record]) -> Result<usize, ExtractError> {
        self.staging.stage(records_to_stage).map_err(ExtractError::Staging)
    }

    fn persist_checkpoint(&mut self, last_identifier: u64) -> Result<(), ExtractError> {
        self.checkpoint_store.save(last_identifier).map_err(ExtractError::Checkpoint)
    }

    fn record_completed_batch(&mut self, fetched_count: usize, newly_staged_count: usize) {
        self.run_report.batches += 1;
        self.run_report.fetched += fetched_count;
        self.run_report.staged += newly_staged_count;
    }
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
    let extraction_run = ExtractionRun {
        source,
        validator,
        staging,
        checkpoint_store: checkpoint,
        batch_size,
        current_cursor: None,
        run_report: RunReport::default(),
    };
    extraction_run.execute()
}
