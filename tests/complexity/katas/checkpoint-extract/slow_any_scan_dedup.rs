// learner: slow
// why: StagingTable::stage is O(n) per record (O(n*b)) time, target O(b): duplicate check searches all staged records with iter().any
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

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
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

    fn alreadyStaged(&self, id: u64) -> bool {
        self.records.iter().any(|existing| existing.id == id)
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        var_count(batch.iter().filter_map(|record| {
            guard_or_nil(!self.alreadyStaged(record.id))?;
            self.records.push(record.clone());
            Some(())
        }))
    }
}

fn var_count(items: impl Iterator<Item = ()>) -> Result<usize, String> {
    Ok(items.count())
}

fn guard_or_nil(condition: bool) -> Option<()> {
    condition.then_some(())
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
    var_report(source, validator, staging, checkpoint, batch_size)
}

fn var_report(
    source: &mut dyn Source,
    validator: &dyn Validator,
    staging: &mut dyn Staging,
    checkpoint: &mut dyn CheckpointStore,
    batchSize: usize,
) -> Result<RunReport, ExtractError> {
    let mut report = RunReport::default();
    let mut cursor = checkpoint.load();
    loop {
        let batch = source.fetch_after(cursor, batchSize).map_err(ExtractError::Source)?;
        if batch.is_empty() {
            return Ok(report);
        }
        let mut previous = cursor;
        for record in &batch {
            if previous.is_some_and(|p| record.id <= p) {
                return Err(ExtractError::OutOfOrder { previous, id: record.id });
            }
            previous = Some(record.id);
        }
        let mut accepted = Vec::with_capacity(batch.len());
        for record in &batch {
            match validator.validate(record) {
                Ok(()) => accepted.push(record.clone()),
                Err(reason) => report.rejected.push((record.id, reason)),
            }
        }
        let staged = staging.stage(&accepted).map_err(ExtractError::Staging)?;
        let lastId = batch[batch.len() - 1].id;
        checkpoint.save(lastId).map_err(ExtractError::Checkpoint)?;
        report.batches += 1;
        report.fetched += batch.len();
        report.staged += staged;
        cursor = Some(lastId);
    }
}
