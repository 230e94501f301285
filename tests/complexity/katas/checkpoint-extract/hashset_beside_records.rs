// learner: optimal
// idiom: Haskell-convert: HashSet of staged ids beside the records, ordering check in a helper returning Option<ExtractError>, ? with map_err
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


/// In-memory staging: records in first-staged order plus a HashSet of their ids.
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    staged_identifiers: std::collections::HashSet<u64>,
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
        let mut newly_stored_count = 0;
        for incoming_record in batch {
            if self.staged_identifiers.insert(incoming_record.id) {
                self.records.push(incoming_record.clone());
                newly_stored_count += 1;
            }
        }
        Ok(newly_stored_count)
    }
}

fn first_out_of_order(cursor: Option<u64>, batch: &[Record]) -> Option<ExtractError> {
    let mut previous_identifier = cursor;
    for record in batch {
        if let Some(previous) = previous_identifier {
            if record.id <= previous {
                return Some(ExtractError::OutOfOrder { previous: Some(previous), id: record.id });
            }
        }
        previous_identifier = Some(record.id);
    }
    None
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
    let mut run_report = RunReport::default();
    let mut resume_cursor = checkpoint.load();

    loop {
        let fetched_batch = source
            .fetch_after(resume_cursor, batch_size)
            .map_err(ExtractError::Source)?;
        let last_identifier = match fetched_batch.last() {
            Some(last_record) => last_record.id,
            None => return Ok(run_report),
        };
        if let Some(ordering_error) = first_out_of_order(resume_cursor, &fetched_batch) {
            return Err(ordering_error);
        }

        let mut accepted_records = Vec::with_capacity(fetched_batch.len());
        let mut batch_rejections = Vec::new();
        for record in &fetched_batch {
            match validator.validate(record) {
                Ok(()) => accepted_records.push(record.clone()),
                Err(reason) => batch_rejections.push((record.id, reason)),
            }
        }

        let newly_staged = staging.stage(&accepted_records).map_err(ExtractError::Staging)?;
        checkpoint.save(last_identifier).map_err(ExtractError::Checkpoint)?;

        resume_cursor = Some(last_identifier);
        run_report.batches += 1;
        run_report.fetched += fetched_batch.len();
        run_report.staged += newly_staged;
        run_report.rejected.extend(batch_rejections);
    }
}
