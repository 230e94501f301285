// learner: optimal
// idiom: COBOL-style paragraphs: index while-loops, explicit counters, one helper fn per step, HashSet beside the Vec
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
use std::collections::HashSet;

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    ws_seen_ids: HashSet<u64>,
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
        let mut ws_new_count: usize = 0;
        let mut ws_idx: usize = 0;
        while ws_idx < batch.len() {
            let ws_rec = &batch[ws_idx];
            if !self.ws_seen_ids.contains(&ws_rec.id) {
                self.ws_seen_ids.insert(ws_rec.id);
                self.records.push(ws_rec.clone());
                ws_new_count = ws_new_count + 1;
            }
            ws_idx = ws_idx + 1;
        }
        Ok(ws_new_count)
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

fn check_order_paragraph(batch: &[Record], cursor: Option<u64>) -> Result<(), ExtractError> {
    let mut ws_previous: Option<u64> = cursor;
    let mut ws_idx: usize = 0;
    while ws_idx < batch.len() {
        let ws_id = batch[ws_idx].id;
        match ws_previous {
            Some(p) => {
                if ws_id <= p {
                    return Err(ExtractError::OutOfOrder { previous: ws_previous, id: ws_id });
                }
            }
            None => {}
        }
        ws_previous = Some(ws_id);
        ws_idx = ws_idx + 1;
    }
    Ok(())
}

fn validate_paragraph(
    batch: &[Record],
    validator: &dyn Validator,
    report: &mut RunReport,
) -> Vec<Record> {
    let mut ws_valid: Vec<Record> = Vec::with_capacity(batch.len());
    let mut ws_idx: usize = 0;
    while ws_idx < batch.len() {
        let ws_rec = &batch[ws_idx];
        match validator.validate(ws_rec) {
            Ok(()) => ws_valid.push(ws_rec.clone()),
            Err(reason) => report.rejected.push((ws_rec.id, reason)),
        }
        ws_idx = ws_idx + 1;
    }
    ws_valid
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
    let mut ws_report = RunReport::default();
    let mut ws_cursor: Option<u64> = checkpoint.load();
    loop {
        let ws_batch = match source.fetch_after(ws_cursor, batch_size) {
            Ok(b) => b,
            Err(msg) => return Err(ExtractError::Source(msg)),
        };
        if ws_batch.is_empty() {
            return Ok(ws_report);
        }
        check_order_paragraph(&ws_batch, ws_cursor)?;
        let ws_valid = validate_paragraph(&ws_batch, validator, &mut ws_report);
        let ws_added = match staging.stage(&ws_valid) {
            Ok(n) => n,
            Err(msg) => return Err(ExtractError::Staging(msg)),
        };
        ws_report.staged = ws_report.staged + ws_added;
        let ws_last_id = ws_batch[ws_batch.len() - 1].id;
        match checkpoint.save(ws_last_id) {
            Ok(()) => {}
            Err(msg) => return Err(ExtractError::Checkpoint(msg)),
        }
        ws_report.batches = ws_report.batches + 1;
        ws_report.fetched = ws_report.fetched + ws_batch.len();
        ws_cursor = Some(ws_last_id);
    }
}
