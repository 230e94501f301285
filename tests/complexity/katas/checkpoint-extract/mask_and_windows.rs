// learner: optimal
// idiom: MATLAB signal-processing engineer: vectorised-looking passes over each batch: ids = [batch.id], an all(diff([cursor ids]) > 0) order test via windows(), a logical mask from the validator, then stage(batch(mask)); the table keeps a HashSet of ids
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
    seen: std::collections::HashSet<u64>,
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
        let n0 = self.records.len();
        let seen = &mut self.seen;
        self.records.extend(batch.iter().filter(|r| seen.insert(r.id)).cloned());
        Ok(self.records.len() - n0)
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
    let mut rep = RunReport::default();
    let mut cur = checkpoint.load();

    loop {
        let x = source.fetch_after(cur, batch_size).map_err(ExtractError::Source)?;
        if x.is_empty() {
            break;
        }
        let ids: Vec<u64> = x.iter().map(|r| r.id).collect();

        // first sample against the cursor, then diff(ids) > 0
        if let Some(c) = cur {
            if ids[0] <= c {
                return Err(ExtractError::OutOfOrder { previous: cur, id: ids[0] });
            }
        }
        if let Some(w) = ids.windows(2).find(|w| w[1] <= w[0]) {
            return Err(ExtractError::OutOfOrder { previous: Some(w[0]), id: w[1] });
        }

        // mask = validate(x)
        let mask: Vec<Result<(), String>> = x.iter().map(|r| validator.validate(r)).collect();
        let mut keep: Vec<Record> = Vec::with_capacity(x.len());
        for (r, m) in x.iter().zip(mask) {
            match m {
                Ok(()) => keep.push(r.clone()),
                Err(why) => rep.rejected.push((r.id, why)),
            }
        }

        let s = staging.stage(&keep).map_err(ExtractError::Staging)?;
        let last = ids[ids.len() - 1];
        checkpoint.save(last).map_err(ExtractError::Checkpoint)?;

        cur = Some(last);
        rep.batches += 1;
        rep.fetched += ids.len();
        rep.staged += s;
    }
    Ok(rep)
}
