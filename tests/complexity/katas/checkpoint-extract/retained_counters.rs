// learner: optimal
// idiom: SAS statistician: a single DATA-step style loop with retained counters; the staging table keeps an id -> row-number HashMap (a hash object lookup), records checked by index within each batch
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


use std::collections::HashMap;

/// An in-memory staging table that keeps records in first-staged order and ignores
/// any record whose id it already holds (the first version wins).
#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    row_of_id: HashMap<u64, usize>,
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
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String> {
        let mut n_new = 0;
        for i in 0..batch.len() {
            let id = batch[i].id;
            if !self.row_of_id.contains_key(&id) {
                self.row_of_id.insert(id, self.records.len());
                self.records.push(batch[i].clone());
                n_new += 1;
            }
        }
        Ok(n_new)
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
    let mut rpt = RunReport::default();
    let mut cursor = checkpoint.load();
    loop {
        let batch = match source.fetch_after(cursor, batch_size) {
            Ok(b) => b,
            Err(e) => return Err(ExtractError::Source(e)),
        };
        let nb = batch.len();
        if nb == 0 {
            break;
        }
        // pass 1: ids must ascend past the cursor
        let mut prev = cursor;
        for i in 0..nb {
            let id = batch[i].id;
            if let Some(p) = prev {
                if id <= p {
                    return Err(ExtractError::OutOfOrder { previous: prev, id });
                }
            }
            prev = Some(id);
        }
        // pass 2: validate
        let mut good: Vec<Record> = Vec::with_capacity(nb);
        for rec in batch.iter() {
            match validator.validate(rec) {
                Ok(()) => good.push(rec.clone()),
                Err(reason) => rpt.rejected.push((rec.id, reason)),
            }
        }
        // pass 3: stage, then checkpoint
        let n_staged = match staging.stage(&good) {
            Ok(n) => n,
            Err(e) => return Err(ExtractError::Staging(e)),
        };
        let last_id = batch[nb - 1].id;
        if let Err(e) = checkpoint.save(last_id) {
            return Err(ExtractError::Checkpoint(e));
        }
        cursor = Some(last_id);
        rpt.batches += 1;
        rpt.fetched += nb;
        rpt.staged += n_staged;
    }
    Ok(rpt)
}
