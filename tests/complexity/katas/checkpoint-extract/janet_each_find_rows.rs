// learner: slow
// idiom: Janet: the staged rows are just an array, and "already staged?" is a little helper that walks it with `each`, like (find |(= id ($ :id)) rows)
// why: every record is checked against all staged rows: O(staged) per record, O(n^2) for a run of n records
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
}

fn already_staged(rows: &[Record], id: u64) -> bool {
    for row in rows {
        if row.id == id {
            return true;
        }
    }
    false
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
    /// Stores every record whose id is not staged yet.
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut fresh = 0;
        for r in batch {
            if !already_staged(&self.records, r.id) {
                self.records.push(r.clone());
                fresh += 1;
            }
        }
        Ok(fresh)
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
    loop {
        let batch = source.fetch_after(cursor, batch_size).map_err(ExtractError::Source)?;
        if batch.is_empty() {
            return Ok(report);
        }
        // ids must climb strictly, starting above the cursor
        let mut prev = cursor;
        for r in &batch {
            if let Some(p) = prev {
                if r.id <= p {
                    return Err(ExtractError::OutOfOrder { previous: prev, id: r.id });
                }
            }
            prev = Some(r.id);
        }
        // split good from bad
        let mut good: Vec<Record> = Vec::with_capacity(batch.len());
        let mut bad: Vec<(u64, String)> = Vec::new();
        for r in &batch {
            match validator.validate(r) {
                Ok(()) => good.push(r.clone()),
                Err(why) => bad.push((r.id, why)),
            }
        }
        let fresh = staging.stage(&good).map_err(ExtractError::Staging)?;
        let last = batch[batch.len() - 1].id;
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;

        cursor = Some(last);
        report.batches += 1;
        report.fetched += batch.len();
        report.staged += fresh;
        report.rejected.extend(bad);
    }
}
