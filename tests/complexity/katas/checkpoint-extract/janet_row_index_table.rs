// learner: optimal
// idiom: Janet: a table id -> row index (so I can find the staged row again later), a reusable buffer for the good rows that is cleared each batch, and the order check done with windows of two
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

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    row_of: std::collections::HashMap<u64, usize>,
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
        let mut added = 0usize;
        for r in batch {
            let next_row = self.records.len();
            if let std::collections::hash_map::Entry::Vacant(slot) = self.row_of.entry(r.id) {
                slot.insert(next_row);
                self.records.push(r.clone());
                added += 1;
            }
            // occupied: first version wins, nothing to do
        }
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

/// Pulls everything after the saved checkpoint, batch by batch, until the source returns
/// an empty batch: check the ids ascend, validate, stage the valid ones, then checkpoint.
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
    let mut good: Vec<Record> = Vec::new(); // reused buffer, like (buffer/clear b)

    loop {
        let batch = source.fetch_after(cursor, batch_size).map_err(ExtractError::Source)?;
        if batch.is_empty() {
            break;
        }
        // the head against the cursor, the rest pairwise
        if let (Some(c), Some(first)) = (cursor, batch.first()) {
            if first.id <= c {
                return Err(ExtractError::OutOfOrder { previous: Some(c), id: first.id });
            }
        }
        if let Some(at) = batch.windows(2).position(|w| w[1].id <= w[0].id) {
            return Err(ExtractError::OutOfOrder { previous: Some(batch[at].id), id: batch[at + 1].id });
        }

        good.clear();
        let mut rejected_here = Vec::new();
        for r in &batch {
            if let Err(reason) = validator.validate(r) {
                rejected_here.push((r.id, reason));
            } else {
                good.push(r.clone());
            }
        }
        let newly = staging.stage(&good).map_err(ExtractError::Staging)?;
        let last = batch[batch.len() - 1].id;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;

        cursor = Some(last);
        report.batches += 1;
        report.fetched += batch.len();
        report.staged += newly;
        report.rejected.append(&mut rejected_here);
    }
    Ok(report)
}
