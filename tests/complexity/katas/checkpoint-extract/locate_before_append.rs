// learner: slow
// idiom: Visual FoxPro database developer: no index on the staging table, so every incoming row does a LOCATE FOR id = ... over all staged rows before APPENDing; extract is the same procedural DO WHILE over batches.
// why: StagingTable::stage is O(b * s) for s rows already staged (a linear scan per record), so a run or replay is O(n^2) vs the O(b) per batch / O(n) per run target.
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
        let mut ln_added = 0;
        for lo_row in batch {
            // LOCATE FOR id = lo_row.id
            let mut ll_found = false;
            for lo_staged in &self.records {
                if lo_staged.id == lo_row.id {
                    ll_found = true;
                    break;
                }
            }
            if !ll_found {
                self.records.push(lo_row.clone());
                ln_added += 1;
            }
        }
        Ok(ln_added)
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
    let mut lo_report = RunReport::default();
    let mut lv_cursor: Option<u64> = checkpoint.load();

    loop {
        let la_batch: Vec<Record> = match source.fetch_after(lv_cursor, batch_size) {
            Ok(la_rows) => la_rows,
            Err(lc_msg) => return Err(ExtractError::Source(lc_msg)),
        };
        if la_batch.is_empty() {
            break;
        }

        let mut la_good: Vec<Record> = Vec::with_capacity(la_batch.len());
        let mut la_bad: Vec<(u64, String)> = Vec::new();
        let mut lv_previous = lv_cursor;
        for ln_recno in 0..la_batch.len() {
            let lo_row = &la_batch[ln_recno];
            if let Some(ln_prev) = lv_previous {
                if lo_row.id <= ln_prev {
                    // nothing staged yet for this batch: bail out
                    return Err(ExtractError::OutOfOrder { previous: lv_previous, id: lo_row.id });
                }
            }
            lv_previous = Some(lo_row.id);
            match validator.validate(lo_row) {
                Ok(()) => la_good.push(lo_row.clone()),
                Err(lc_reason) => la_bad.push((lo_row.id, lc_reason)),
            }
        }

        let ln_new = match staging.stage(&la_good) {
            Ok(ln_count) => ln_count,
            Err(lc_msg) => return Err(ExtractError::Staging(lc_msg)),
        };
        let ln_last_id = la_batch[la_batch.len() - 1].id;
        if let Err(lc_msg) = checkpoint.save(ln_last_id) {
            return Err(ExtractError::Checkpoint(lc_msg));
        }

        lv_cursor = Some(ln_last_id);
        lo_report.batches += 1;
        lo_report.fetched += la_batch.len();
        lo_report.staged += ln_new;
        lo_report.rejected.append(&mut la_bad);
    }
    Ok(lo_report)
}
